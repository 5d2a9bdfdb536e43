package org.custodian.release.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The status list's bit layout and compression, checked against the example of the Token Status List draft. */
class StatusBitsTest {

    // The draft's example list: statuses 1,0,0,1,1,1,0,1, 1,1,0,0,0,1,0,1 are the bytes 0xB9 0xA3.
    private static final String DRAFT_EXAMPLE = "eNrbuRgAAhcBXQ";
    private static final List<Integer> DRAFT_INVALID = List.of(0, 3, 4, 5, 7, 8, 9, 13, 15);

    @Test
    void bitIOfTheListIsBitIMod8OfByteIDiv8LeastSignificantFirst() throws Exception {
        assertThat(inflate(DRAFT_EXAMPLE)).containsExactly(0xB9, 0xA3);
        assertThat(inflate(StatusBits.lst(16, DRAFT_INVALID))).containsExactly(0xB9, 0xA3);
    }

    @Test
    void aListHasItsFullSizeWhateverIsSet() throws Exception {
        assertThat(inflate(StatusBits.lst(65_536, List.of()))).hasSize(8192).containsOnly(0);
        assertThat(inflate(StatusBits.lst(65_536, List.of(65_535)))[8191]).isEqualTo(0x80);
    }

    private static int[] inflate(String lst) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(Base64.getUrlDecoder().decode(lst));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        byte[] bytes = out.toByteArray();
        int[] unsigned = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            unsigned[i] = bytes[i] & 0xFF;
        }
        return unsigned;
    }
}
