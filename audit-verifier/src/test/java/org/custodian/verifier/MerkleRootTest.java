package org.custodian.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roots of the Certificate Transparency test vectors (the eight leaves of its merkle_tree_test),
 * each computed independently with Python's hashlib over RFC 6962's recursive MTH
 * (audit-service/src/test/resources/rfc6962.py).
 */
class MerkleRootTest {

    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    @ParameterizedTest
    @CsvSource({
        "0, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"})
    void streamedRootsMatchTheVectors(int size, String root) {
        MerkleRoot merkle = new MerkleRoot();
        LEAVES.subList(0, size).forEach(leaf -> merkle.add(HexFormat.of().parseHex(leaf)));

        assertThat(HexFormat.of().formatHex(merkle.root())).isEqualTo(root);
    }
}
