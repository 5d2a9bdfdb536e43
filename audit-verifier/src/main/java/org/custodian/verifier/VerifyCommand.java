package org.custodian.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar audit-verifier.jar -e export.jsonl -c checkpoint.txt -k checkpoint.vkey}: 0 verified, 1 not, 2 usage. */
@Command(name = "audit-verifier", mixinStandardHelpOptions = true, version = "audit-verifier 0.1",
        description = "Verifies an audit-service JSON Lines export against a signed checkpoint and its public key: "
                + "the signature, every entry hash, the chain, and the Merkle root.")
public final class VerifyCommand implements Callable<Integer> {

    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;

    @Option(names = {"-e", "--entries"}, required = true, description = "The export: GET /api/audit/entries with Accept: application/x-ndjson, from seq 1.")
    Path entries;

    @Option(names = {"-c", "--checkpoint"}, required = true, description = "The signed checkpoint: GET /api/audit/checkpoints/latest with Accept: text/plain.")
    Path checkpoint;

    @Option(names = {"-k", "--key"}, required = true, description = "The verifier key: GET /api/audit/checkpoints/key, obtained from a source you trust.")
    Path key;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new VerifyCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            VerifierKey verifierKey = readKey();
            Checkpoint signed = Checkpoint.parse(SignedNote.open(Files.readString(checkpoint, StandardCharsets.UTF_8), verifierKey));
            out.printf("checkpoint   %s, tree size %d, root %s, made %s%n", signed.origin(), signed.treeSize(),
                    HexFormat.of().formatHex(signed.rootHash()), signed.time());
            out.printf("signature    OK, Ed25519 by %s+%s%n", verifierKey.name(), HexFormat.of().formatHex(verifierKey.keyId()));
            EntryChain chain = readEntries(signed.treeSize());
            out.printf("entries      OK, %d read; every entry hash and chain link recomputed%n", chain.entries());
            if (!Arrays.equals(chain.rootAtTreeSize(), signed.rootHash())) {
                throw new VerificationFailure(Reason.ROOT_MISMATCH, "entries 1 to " + signed.treeSize() + " give root "
                        + HexFormat.of().formatHex(chain.rootAtTreeSize()) + ", not the checkpoint's: the log was rewritten and rehashed");
            }
            out.printf("merkle root  OK, entries 1 to %d give the signed root%n", signed.treeSize());
            if (chain.entries() > signed.treeSize()) {
                out.printf("note         entries %d to %d are chained but not yet covered by this checkpoint%n",
                        signed.treeSize() + 1, chain.entries());
            }
            out.println("VERIFIED");
            out.flush();
            return VERIFIED;
        } catch (VerificationFailure failure) {
            out.println("NOT VERIFIED: " + failure.reason()
                    + (failure.seq() == null ? "" : " at entry " + failure.seq()) + ": " + failure.getMessage());
            if (failure.seq() != null) {
                out.println("first bad entry: " + failure.seq());
            }
            out.flush();
            return NOT_VERIFIED;
        }
    }

    private VerifierKey readKey() throws IOException {
        try {
            return VerifierKey.parse(Files.readString(key, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(Reason.MALFORMED_KEY, e.getMessage());
        }
    }

    private EntryChain readEntries(long treeSize) throws IOException {
        EntryChain chain = new EntryChain(treeSize);
        try (BufferedReader reader = Files.newBufferedReader(entries, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    chain.accept(line);
                }
            }
        }
        return chain;
    }
}
