package org.custodian.request.manuscript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.request.manuscript.ManuscriptCommands.SubmitManuscript;
import org.custodian.request.review.ReviewPanels;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts manuscripts: only the release's researcher, only for a release not revoked; the same
 * document for the same release is the same manuscript. The strictest publication review of the
 * release's obligations and its datasets' terms applies.
 */
@Service
class ManuscriptSubmissions {

    private final CommandGateway commands;
    private final ReleaseBook releases;
    private final DatasetCatalog catalog;
    private final ReviewPanels panels;
    private final ReviewWindows windows;
    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;

    ManuscriptSubmissions(CommandGateway commands, ReleaseBook releases, DatasetCatalog catalog, ReviewPanels panels,
                          ReviewWindows windows, JdbcClient jdbc, ObjectMapper mapper, Clock clock) {
        this.commands = commands;
        this.releases = releases;
        this.catalog = catalog;
        this.panels = panels;
        this.windows = windows;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The manuscript's id, and whether the same document was submitted earlier with the same details. */
    record Outcome(String manuscriptId, boolean replayed) {
    }

    @Transactional
    Outcome submit(SubmitManuscriptBody body, String researcherId) {
        ReleaseBook.Release release = releases.find(body.releaseId())
                .filter(found -> found.researcherId().equals(researcherId))
                .orElseThrow(() -> new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_RELEASE",
                        "You have no release " + body.releaseId() + "."));
        if (release.state() == ReleaseBook.State.REVOKED) {
            throw new RuleViolation(HttpStatus.CONFLICT, "RELEASE_REVOKED",
                    "Release " + release.releaseId() + " was revoked; its data may not be published.");
        }
        ManuscriptId id = ManuscriptId.next();
        String earlier = claimDocument(body, id);
        if (earlier != null) {
            return new Outcome(earlier, true);
        }
        commands.sendAndWait(ActingCommands.by(researcherId,
                new SubmitManuscript(id.value(), submitted(id, body, release), release.noPublicationBefore())));
        return new Outcome(id.value(), false);
    }

    private ManuscriptSubmitted submitted(ManuscriptId id, SubmitManuscriptBody body, ReleaseBook.Release release) {
        PublicationReview review = reviewOf(release);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean approval = review == PublicationReview.APPROVAL;
        List<String> reviewers = review == PublicationReview.NONE ? List.of()
                : panels.compose(release.researcherId(), release.datasets()).reviewers();
        return new ManuscriptSubmitted(id.value(), release.releaseId(), release.requestId(), release.researcherId(),
                release.datasets(), body.title(), body.abstractText(), body.venue(), body.documentDigest(),
                review.wireName(), approval ? today.plusDays(windows.days(release.datasets())) : null, reviewers);
    }

    private PublicationReview reviewOf(ReleaseBook.Release release) {
        return release.datasets().stream().map(catalog::find).flatMap(Optional::stream)
                .map(dataset -> PublicationReview.of(dataset.terms().publicationReview()))
                .reduce(PublicationReview.of(release.publicationReview()), PublicationReview::strictest);
    }

    /** Null when the document is new for this release and now names {@code id}; else the manuscript it names. */
    private String claimDocument(SubmitManuscriptBody body, ManuscriptId id) {
        String bodyHash = sha256(body);
        int claimed = jdbc.sql("""
                INSERT INTO manuscript_document (release_id, document_digest, body_sha256, manuscript_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(body.releaseId(), body.documentDigest(), bodyHash, id.value()).update();
        if (claimed == 1) {
            return null;
        }
        return jdbc.sql("SELECT body_sha256, manuscript_id FROM manuscript_document WHERE release_id = ? AND document_digest = ?")
                .params(body.releaseId(), body.documentDigest())
                .query((row, n) -> {
                    if (!row.getString("body_sha256").equals(bodyHash)) {
                        throw new RuleViolation(HttpStatus.CONFLICT, "DOCUMENT_ALREADY_SUBMITTED",
                                "This document was submitted for this release with other details as manuscript "
                                        + row.getString("manuscript_id") + ".");
                    }
                    return row.getString("manuscript_id");
                }).single();
    }

    private String sha256(SubmitManuscriptBody body) {
        try {
            byte[] json = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
