package org.custodian.release.grant;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.Deflater;

/**
 * A status list of one bit per release (Token Status List §4): bit {@code i} is bit {@code i % 8}
 * (least significant first) of byte {@code i / 8}; 1 is INVALID. Published ZLIB-compressed, base64url.
 */
final class StatusBits {

    private StatusBits() {
    }

    /** {@code lst} for a list of {@code size} entries whose entries {@code set} (relative to the list) are 1. */
    static String lst(int size, Collection<Integer> set) {
        byte[] bits = new byte[(size + 7) / 8];
        set.forEach(i -> bits[i / 8] |= (byte) (1 << (i % 8)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(zlib(bits));
    }

    private static byte[] zlib(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
