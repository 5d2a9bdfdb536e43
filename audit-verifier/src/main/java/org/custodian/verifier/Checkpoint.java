package org.custodian.verifier;

import java.util.Base64;

/** A checkpoint's signed text (C2SP tlog-checkpoint): origin, tree size, base64 root hash, then extension lines. */
record Checkpoint(String origin, long treeSize, byte[] rootHash, String time) {

    static Checkpoint parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3) {
            throw new VerificationFailure(Reason.MALFORMED_CHECKPOINT, "a checkpoint has an origin, a size and a root hash");
        }
        try {
            long size = Long.parseLong(lines[1]);
            byte[] root = Base64.getDecoder().decode(lines[2]);
            if (size < 0 || root.length != 32 || !lines[1].equals(Long.toString(size))) {
                throw new IllegalArgumentException("out of range");
            }
            String time = null;
            for (int i = 3; i < lines.length; i++) {
                if (lines[i].startsWith("time ")) {
                    time = lines[i].substring(5);
                }
            }
            return new Checkpoint(lines[0], size, root, time);
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(Reason.MALFORMED_CHECKPOINT, "the size or root hash is not well formed");
        }
    }
}
