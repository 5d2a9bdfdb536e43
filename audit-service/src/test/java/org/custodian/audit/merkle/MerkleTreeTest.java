package org.custodian.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Certificate Transparency test vectors (the eight leaves of its merkle_tree_test), with every
 * expected hash computed independently by {@code src/test/resources/rfc6962.py}: Python's hashlib
 * over the recursive MTH, PATH and PROOF definitions of RFC 6962 §2.1, run as {@code python3 rfc6962.py}.
 */
class MerkleTreeTest {

    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    @Test
    void theEmptyTreeHashesNothing() {
        assertThat(hex(tree(0).root(0))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"})
    void rootsMatchTheVectors(int size, String root) {
        assertThat(hex(tree(8).root(size))).isEqualTo(root);
        assertThat(hex(frontier(size).root())).isEqualTo(root);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; 1; ''",
        "0; 8; 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "5; 8; bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2; 3; fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "1; 5; 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"})
    void inclusionProofsMatchTheVectors(long leaf, long size, String path) {
        assertThat(hexes(tree(8).inclusionProof(leaf, size))).isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1; 1; ''",
        "1; 8; 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        "6; 8; 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "2; 5; 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "3; 7; 0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7 07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7 fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125 837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e",
        "4; 7; 837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e"})
    void consistencyProofsMatchTheVectors(long from, long to, String proof) {
        assertThat(hexes(tree(8).consistencyProof(from, to))).isEqualTo(proof);
    }

    @Test
    void everyProofOfEveryTreeUpToFortyLeavesVerifiesAsRfc9162Checks() {
        MerkleTree tree = tree(40);
        for (long n = 1; n <= 40; n++) {
            byte[] root = tree.root(n);
            for (long m = 0; m < n; m++) {
                byte[] leaf = MerkleHash.leaf(leaf(m));
                List<byte[]> path = tree.inclusionProof(m, n);
                assertThat(ProofCheck.inclusion(m, n, leaf, path, root)).as("leaf %d of %d", m, n).isTrue();
                assertThat(ProofCheck.inclusion(m, n, MerkleHash.leaf(leaf(m + 1)), path, root)).isFalse();
            }
            for (long m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(ProofCheck.consistency(m, n, tree.root(m), root, proof)).as("%d to %d", m, n).isTrue();
                if (m < n) {
                    assertThat(ProofCheck.consistency(m, n, tree.root(m), tree.root(n - 1), proof)).isFalse();
                }
            }
        }
    }

    @Test
    void theFrontierCompletesEachPerfectSubtreeOnceAndResumesFromAStore() {
        Map<String, byte[]> store = new HashMap<>();
        TreeFrontier frontier = TreeFrontier.empty();
        for (long i = 0; i < 13; i++) {
            frontier.append(leaf(i)).forEach(node -> assertThat(store.put(node.level() + "/" + node.index(), node.hash())).isNull());
        }
        TreeFrontier resumed = TreeFrontier.of(13, (level, index) -> store.get(level + "/" + index));
        for (long i = 13; i < 40; i++) {
            resumed.append(leaf(i)).forEach(node -> store.put(node.level() + "/" + node.index(), node.hash()));
        }

        assertThat(store).hasSize(2 * 40 - Long.bitCount(40));
        assertThat(hex(resumed.root())).isEqualTo(hex(tree(40).root(40)));
        assertThat(hex(new MerkleTree((level, index) -> store.get(level + "/" + index)).root(29)))
                .isEqualTo(hex(tree(40).root(29)));
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        assertThatThrownBy(() -> tree(8).inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree(8).consistencyProof(0, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree(8).consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Leaves 0 to 7 are the vectors' own; further ones, for the exhaustive checks, are the index's bytes. */
    private static byte[] leaf(long index) {
        return index < LEAVES.size() ? HexFormat.of().parseHex(LEAVES.get((int) index))
                : new byte[] {(byte) index, (byte) (index >> 8)};
    }

    /** A tree whose perfect subtrees are computed by the plain recursive definition, not stored. */
    private static MerkleTree tree(int leaves) {
        return new MerkleTree((level, index) -> mth(index << level, 1L << level, leaves));
    }

    private static byte[] mth(long start, long size, int leaves) {
        if (start + size > leaves) {
            throw new AssertionError("The tree asked for leaves it does not have");
        }
        if (size == 1) {
            return MerkleHash.leaf(leaf(start));
        }
        return MerkleHash.node(mth(start, size / 2, leaves), mth(start + size / 2, size / 2, leaves));
    }

    private static TreeFrontier frontier(int size) {
        TreeFrontier frontier = TreeFrontier.empty();
        for (long i = 0; i < size; i++) {
            frontier.append(leaf(i));
        }
        return frontier;
    }

    private static String hexes(List<byte[]> hashes) {
        List<String> hex = new ArrayList<>();
        hashes.forEach(hash -> hex.add(hex(hash)));
        return String.join(" ", hex);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
