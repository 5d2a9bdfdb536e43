package org.custodian.request.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.request.dataset.KnownTerms;
import org.custodian.request.researcher.ResearcherDirectory;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepts access requests and their amended versions: checks who asks and for what, and honours the Idempotency-Key. */
@Service
class Submissions {

    private final CommandGateway commands;
    private final DatasetCatalog catalog;
    private final KnownTerms known;
    private final ResearcherDirectory researchers;
    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    Submissions(CommandGateway commands, DatasetCatalog catalog, KnownTerms known, ResearcherDirectory researchers,
                JdbcClient jdbc, ObjectMapper mapper) {
        this.commands = commands;
        this.catalog = catalog;
        this.known = known;
        this.researchers = researchers;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** The submitted request's id, and whether it was submitted earlier under the same key. */
    record Outcome(String requestId, boolean replayed) {
    }

    @Transactional
    Outcome submit(SubmitRequestBody body, String researcherId, String idempotencyKey) {
        requireRegistered(researcherId);
        requireKnown(body.datasets());
        known.requireKnownRequest(body, body.datasets());
        RequestId id = RequestId.next();
        if (idempotencyKey != null) {
            String earlier = claimKey(researcherId, idempotencyKey, sha256(json(body)), id);
            if (earlier != null) {
                return new Outcome(earlier, true);
            }
        }
        commands.sendAndWait(ActingCommands.by(researcherId,
                new SubmitRequest(id.value(), body.toEvent(id, researcherId), catalog.termsVersions(body.datasets()))));
        return new Outcome(id.value(), false);
    }

    /**
     * Submits the amended request as the next version of {@code requestId}, checked as a new submission is;
     * the same Idempotency-Key and body for the same request give back the request without a new version.
     */
    @Transactional
    Outcome resubmit(String requestId, SubmitRequestBody body, String researcherId, String idempotencyKey) {
        requireRegistered(researcherId);
        requireKnown(body.datasets());
        known.requireKnownRequest(body, body.datasets());
        RequestId id = new RequestId(requestId);
        if (idempotencyKey != null
                && claimKey(researcherId, idempotencyKey, sha256(requestId + " " + json(body)), id) != null) {
            return new Outcome(requestId, true);
        }
        commands.sendAndWait(ActingCommands.by(researcherId, new LifecycleCommands.ResubmitRequest(requestId,
                researcherId, body.toEvent(id, researcherId), catalog.termsVersions(body.datasets()))));
        return new Outcome(requestId, false);
    }

    private void requireRegistered(String researcherId) {
        if (researchers.find(researcherId).isEmpty()) {
            throw new RuleViolation(HttpStatus.FORBIDDEN, "RESEARCHER_NOT_REGISTERED",
                    "You are not registered as a researcher; ask a data steward to register you.");
        }
    }

    private void requireKnown(List<String> datasets) {
        List<String> unknown = catalog.unknown(datasets);
        if (!unknown.isEmpty()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_DATASET",
                    "Not in the catalog: " + String.join(", ", unknown) + ".");
        }
        List<String> retired = catalog.retired(datasets);
        if (!retired.isEmpty()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "DATASET_RETIRED",
                    "Retired by a steward, so no longer open to requests: " + String.join(", ", retired) + ".");
        }
    }

    /** Null when the key is new and now taken by {@code id}; else the request id the key already names. */
    private String claimKey(String researcherId, String key, String bodyHash, RequestId id) {
        int claimed = jdbc.sql("""
                INSERT INTO submission_key (researcher_id, key, body_sha256, request_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(researcherId, key, bodyHash, id.value()).update();
        if (claimed == 1) {
            return null;
        }
        return jdbc.sql("SELECT body_sha256, request_id FROM submission_key WHERE researcher_id = ? AND key = ?")
                .params(researcherId, key)
                .query((row, n) -> {
                    if (!row.getString("body_sha256").equals(bodyHash)) {
                        throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                                "This Idempotency-Key was used for a different request.");
                    }
                    return row.getString("request_id");
                }).single();
    }

    private String json(SubmitRequestBody body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
