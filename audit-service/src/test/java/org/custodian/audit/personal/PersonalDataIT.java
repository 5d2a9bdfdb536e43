package org.custodian.audit.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.checkpoint.Checkpointer;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.testing.HttpApi;
import org.custodian.verifier.VerifyCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * Crypto-shredding end to end: a researcher's name and chat id are logged encrypted, read back in
 * clear, then erased by destroying the key, after which reads show them erased while the log, its
 * checkpoints and an export still verify, online and offline.
 */
class PersonalDataIT extends AuditServiceIntegration {

    private static final String NAME = "Ada Lovelace";
    private static final String NEW_SLACK_USER = "U0ADA9999";
    private static final String SLACK_USER = "U0ADA4242";

    @Autowired
    private Checkpointer checkpointer;
    @TempDir
    Path dir;

    private String researcher;
    private String other;

    @BeforeEach
    void twoRegisteredResearchers() {
        researcher = newSubject("r");
        other = newSubject("r");
        publish(registered(researcher, NAME), "steward-sam");
        publishRaw(Topic.CATALOG, "researcher.credentials-changed", researcher, "steward-sam",
                "{\"researcher_id\":\"" + researcher + "\",\"slack_user_id\":\"" + NEW_SLACK_USER + "\",\"vetted\":true}");
        publish(registered(other, "Grace Hopper"), "steward-sam");
        awaitEntries(researcher, 2);
        awaitEntries(other, 1);
    }

    @Test
    void personalFieldsAreStoredEncryptedAndReadInClear() {
        String stored = jdbc.sql("SELECT string_agg(envelope::text, ' ') FROM audit_entry WHERE subject = ?")
                .param(researcher).query(String.class).single();
        assertThat(stored).doesNotContain(NAME).doesNotContain(NEW_SLACK_USER).doesNotContain(SLACK_USER).contains("aes256gcm")
                .contains("\"institution\"");

        assertThat(entries("subject=" + researcher)).extracting(e -> e.at("/data/name").asText(), e -> e.at("/data/slack_user_id").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NAME, SLACK_USER), org.assertj.core.groups.Tuple.tuple("", NEW_SLACK_USER));
        assertThat(history(researcher).at("/researcher/registered/data/name").asText()).isEqualTo(NAME);
        assertThat(history(researcher).at("/researcher/registered/data/slack_user_id").asText()).isEqualTo(SLACK_USER);
        assertThat(get("/api/audit/entries?subject=" + researcher, COMPLIANCE, "text/csv").body()).contains(NAME, NEW_SLACK_USER);
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void erasureShredsOnePersonAndTheLogStillVerifiesOnlineAndOffline() throws IOException {
        String hashesBefore = hashes(researcher);

        HttpApi.Response erased = erase(researcher, "{\"reason\":\"GDPR Art. 17 request 42\"}");

        assertThat(erased.status()).as(erased.raw()).isEqualTo(200);
        assertThat(erased.json().at("/researcher_id").asText()).isEqualTo(researcher);
        assertThat(erased.json().at("/erased_by").asText()).isEqualTo("cora-compliance");
        assertThat(entries("subject=" + researcher).subList(0, 2)).extracting(e -> e.at("/data/slack_user_id").asText())
                .containsExactly(Revealer.ERASED, Revealer.ERASED);
        assertThat(entries("subject=" + researcher).get(0).at("/data/name").asText()).isEqualTo(Revealer.ERASED);
        assertThat(entries("subject=" + researcher).get(0).at("/data/institution").asText()).isNotEmpty();
        assertThat(history(researcher).at("/researcher/registered/data/name").asText()).isEqualTo(Revealer.ERASED);
        assertThat(get("/api/audit/entries?subject=" + researcher, COMPLIANCE, "text/csv").body()).doesNotContain(NAME, NEW_SLACK_USER, SLACK_USER);
        assertThat(entries("subject=" + other).get(0).at("/data/name").asText()).isEqualTo("Grace Hopper");
        assertThat(hashes(researcher)).isEqualTo(hashesBefore);
        assertThat(verify().at("/valid").asBoolean()).as(verify().toString()).isTrue();
        assertThat(offlineVerification()).endsWith("VERIFIED\n");
        assertThat(erase(researcher, "{\"reason\":\"again\"}").json().at("/erased_at"))
                .isEqualTo(erased.json().at("/erased_at"));
        assertThat(entries("subject=" + researcher + "&type=personal-data.erased")).hasSize(1);
    }

    @Test
    void theErasureIsItselfAnEntryThatVerifiesAndHoldsNoPersonalData() throws IOException {
        String reason = "GDPR Art. 17 request from " + NAME;

        HttpApi.Response erased = erase(researcher, "{\"reason\":\"" + reason + "\"}");

        List<JsonNode> logged = entries("subject=" + researcher + "&type=personal-data.erased");
        assertThat(logged).hasSize(1);
        JsonNode entry = logged.get(0);
        assertThat(entry.at("/type").asText()).isEqualTo("org.custodian.personal-data.erased.v1");
        assertThat(entry.at("/actor").asText()).isEqualTo("cora-compliance");
        assertThat(entry.at("/topic").asText()).isEqualTo("audit-service");
        assertThat(entry.at("/data/researcher_id").asText()).isEqualTo(researcher);
        assertThat(entry.at("/data/erased_by").asText()).isEqualTo("cora-compliance");
        assertThat(Instant.parse(entry.at("/data/erased_at").asText()))
                .isEqualTo(Instant.parse(erased.json().at("/erased_at").asText()));
        assertThat(entry.at("/data/reason_sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                sha256(reason)));
        assertThat(entries("researcher=" + researcher)).extracting(e -> e.at("/event_id").asText())
                .contains(entry.at("/event_id").asText());
        assertThat(entry.at("/seq").asLong()).isGreaterThan(entries("subject=" + researcher).get(1).at("/seq").asLong());
        assertThat(jdbc.sql("SELECT canonical_envelope FROM audit_entry WHERE seq = ?").param(entry.at("/seq").asLong())
                .query(String.class).single()).doesNotContain(NAME).doesNotContain("GDPR");
        assertThat(verify().at("/valid").asBoolean()).as(verify().toString()).isTrue();
        assertThat(offlineVerification()).endsWith("VERIFIED\n");
    }

    @Test
    void whatArrivesAboutAnErasedPersonIsUnreadableFromTheStart() {
        assertThat(erase(researcher, "{\"reason\":\"GDPR Art. 17\"}").status()).isEqualTo(200);

        publish(registered(researcher, "Ada King"), "steward-sam");
        awaitEntries(researcher, 4);

        assertThat(entries("subject=" + researcher).get(3).at("/data/name").asText()).isEqualTo(Revealer.ERASED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE envelope::text LIKE '%Ada King%'").query(Long.class).single())
                .isZero();
    }

    private HttpApi.Response erase(String id, String body) {
        return api.post("/api/audit/people/" + id + "/erasure", COMPLIANCE, body);
    }

    private JsonNode history(String id) {
        HttpApi.Response response = api.get("/api/audit/researchers/" + id + "/history", COMPLIANCE);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }

    private String hashes(String subject) {
        return jdbc.sql("SELECT string_agg(encode(entry_hash, 'hex') || envelope::text, ',' ORDER BY seq) FROM audit_entry"
                        + " WHERE subject = ? AND event_type NOT LIKE '%personal-data.erased%'")
                .param(subject).query(String.class).single();
    }

    private String offlineVerification() throws IOException {
        checkpointer.checkpointNow();
        Path checkpoint = write("checkpoint.txt", get("/api/audit/checkpoints/latest", COMPLIANCE, "text/plain").body());
        Path key = write("audit.vkey", get("/api/audit/checkpoints/key", COMPLIANCE, "text/plain").body());
        String export = get("/api/audit/entries", COMPLIANCE, "application/x-ndjson").body();
        assertThat(export).contains("aes256gcm").doesNotContain(NAME).doesNotContain(NEW_SLACK_USER).doesNotContain(SLACK_USER);
        Path exported = write("export.jsonl", export);
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new VerifyCommand()).setOut(new PrintWriter(out))
                .execute("-e", exported.toString(), "-c", checkpoint.toString(), "-k", key.toString());
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static ResearcherRegistered registered(String id, String name) {
        return new ResearcherRegistered(id, name, "Uni Heidelberg", "DE", false, true, true, false, false,
                List.of(new IrbApproval("IRB-7", LocalDate.parse("2027-11-22"))), null, SLACK_USER);
    }
}
