package org.custodian.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custodian.contracts.ContractJson;
import org.springframework.core.io.Resource;

/**
 * The compiled policy set and its static data ({@code data.jurisdictions}, {@code data.duo}). Its revision is
 * the SHA-256 of the compiled bytes followed by the static data as compact JSON: the tables decide as much as
 * the rules do, so every decision names exactly the policy and tables that made it.
 */
public final class PolicyBundle {

    private final byte[] wasm;
    private final String revision;
    private final ObjectNode staticData;

    public PolicyBundle(byte[] wasm, ObjectNode staticData) {
        this.wasm = wasm.clone();
        this.staticData = staticData.deepCopy();
        this.staticData.remove("datasets");
        this.revision = "sha256:" + HexFormat.of().formatHex(sha256(wasm, this.staticData));
    }

    public static PolicyBundle load(Resource wasm, Resource data) {
        try (InputStream policy = wasm.getInputStream(); InputStream tables = data.getInputStream()) {
            JsonNode staticData = ContractJson.mapper().readTree(tables);
            if (!staticData.isObject()) {
                throw new IllegalStateException(data.getDescription() + " must hold a JSON object");
            }
            return new PolicyBundle(policy.readAllBytes(), (ObjectNode) staticData);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the policy bundle from " + wasm.getDescription(), e);
        }
    }

    public String revision() {
        return revision;
    }

    /** The names of the tables in the static data ({@code jurisdictions}, {@code duo}, {@code vocabulary}). */
    public Set<String> tableNames() {
        Set<String> names = new TreeSet<>();
        staticData.fieldNames().forEachRemaining(names::add);
        names.remove("policy_revision");
        return names;
    }

    /** The same rules over these tables instead of the ones of the same name: a candidate table version. */
    public PolicyBundle withTables(Map<String, JsonNode> tables) {
        ObjectNode data = staticData.deepCopy();
        tables.forEach(data::set);
        return new PolicyBundle(wasm, data);
    }

    byte[] wasm() {
        return wasm;
    }

    /** The whole {@code data} document: static tables, {@code policy_revision} and these dataset terms. */
    ObjectNode data(ObjectNode datasets) {
        ObjectNode data = ContractJson.mapper().createObjectNode();
        data.setAll(staticData);
        data.put("policy_revision", revision);
        data.set("datasets", datasets);
        return data;
    }

    static byte[] sha256(byte[] wasm, JsonNode staticData) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(wasm);
            return digest.digest(ContractJson.mapper().writeValueAsBytes(staticData));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
