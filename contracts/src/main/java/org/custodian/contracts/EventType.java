package org.custodian.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetCommitteeChanged;
import org.custodian.contracts.catalog.DatasetRetired;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.catalog.PersonalDataErased;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.catalog.ReviewWindowChanged;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.PolicyActivated;
import org.custodian.contracts.operations.ChatMemberLinked;
import org.custodian.contracts.operations.WebhookDisabled;
import org.custodian.contracts.operations.WebhookEnabled;
import org.custodian.contracts.operations.IntegrationAdded;
import org.custodian.contracts.operations.IntegrationDisabled;
import org.custodian.contracts.operations.IntegrationSecretRotated;
import org.custodian.contracts.operations.WebhookSubscribed;
import org.custodian.contracts.releases.DeliveryMade;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureEvidenceRequested;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewStalled;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVoteCast;

/** Every governance event type: its CloudEvents type, version, topic and record. */
public enum EventType {
    DATASET_REGISTERED("dataset.registered", 1, Topic.CATALOG, DatasetRegistered.class),
    DATASET_TERMS_CHANGED("dataset.terms-changed", 1, Topic.CATALOG, DatasetTermsChanged.class),
    RESEARCHER_REGISTERED("researcher.registered", 1, Topic.CATALOG, ResearcherRegistered.class),
    RESEARCHER_CREDENTIALS_CHANGED("researcher.credentials-changed", 1, Topic.CATALOG, ResearcherCredentialsChanged.class),
    CONSENT_RECORDED("consent.recorded", 1, Topic.CATALOG, ConsentRecorded.class),
    CONSENT_WITHDRAWN("consent.withdrawn", 1, Topic.CATALOG, ConsentWithdrawn.class),
    PERSONAL_DATA_ERASED("personal-data.erased", 1, Topic.CATALOG, PersonalDataErased.class),
    REQUEST_SUBMITTED("request.submitted", 1, Topic.REQUESTS, RequestSubmitted.class),
    REQUEST_APPROVED("request.approved", 1, Topic.REQUESTS, RequestApproved.class),
    REQUEST_REJECTED("request.rejected", 1, Topic.REQUESTS, RequestRejected.class),
    REQUEST_CHANGES_REQUESTED("request.changes-requested", 1, Topic.REQUESTS, RequestChangesRequested.class),
    REQUEST_WITHDRAWN("request.withdrawn", 1, Topic.REQUESTS, RequestWithdrawn.class),
    REVIEW_ASSIGNED("review.assigned", 1, Topic.REQUESTS, ReviewAssigned.class),
    REVIEW_VOTE_CAST("review.vote-cast", 1, Topic.REQUESTS, ReviewVoteCast.class),
    REVIEW_CONFLICT_DECLARED("review.conflict-declared", 1, Topic.REQUESTS, ReviewConflictDeclared.class),
    MANUSCRIPT_SUBMITTED("manuscript.submitted", 1, Topic.REQUESTS, ManuscriptSubmitted.class),
    MANUSCRIPT_REVIEWED("manuscript.reviewed", 1, Topic.REQUESTS, ManuscriptReviewed.class),
    DECISION_MADE("decision.made", 1, Topic.DECISIONS, DecisionMade.class),
    DECISION_RE_EVALUATED("decision.re-evaluated", 1, Topic.DECISIONS, DecisionReEvaluated.class),
    POLICY_ACTIVATED("policy.activated", 1, Topic.DECISIONS, PolicyActivated.class),
    RELEASE_ISSUED("release.issued", 1, Topic.RELEASES, ReleaseIssued.class),
    RELEASE_ACCESSED("release.accessed", 1, Topic.RELEASES, ReleaseAccessed.class),
    RELEASE_ACCESS_VIOLATED("release.access-violated", 1, Topic.RELEASES, ReleaseAccessViolated.class),
    RELEASE_EXPIRED("release.expired", 1, Topic.RELEASES, ReleaseExpired.class),
    RELEASE_REVOKED("release.revoked", 1, Topic.RELEASES, ReleaseRevoked.class),
    RELEASE_ERASE_BY_SHORTENED("release.erase-by-shortened", 1, Topic.RELEASES, ReleaseEraseByShortened.class),
    ERASURE_DUE("erasure.due", 1, Topic.RELEASES, ErasureDue.class),
    ERASURE_OVERDUE("erasure.overdue", 1, Topic.RELEASES, ErasureOverdue.class),
    ERASURE_CERTIFIED("erasure.certified", 1, Topic.RELEASES, ErasureCertified.class),
    ERASURE_EVIDENCE_REQUESTED("erasure.evidence-requested", 1, Topic.RELEASES, ErasureEvidenceRequested.class),
    RELEASE_REFUSED("release.refused", 1, Topic.RELEASES, ReleaseRefused.class),
    DELIVERY_MADE("delivery.made", 1, Topic.RELEASES, DeliveryMade.class),
    ERASURE_REQUESTED("erasure.requested", 1, Topic.RELEASES, ErasureRequested.class),
    ERASURE_REQUEST_CERTIFIED("erasure.request-certified", 1, Topic.RELEASES, ErasureRequestCertified.class),
    RELEASE_FLAGGED("release.flagged", 1, Topic.RELEASES, ReleaseFlagged.class),
    RELEASE_FLAG_RESOLVED("release.flag-resolved", 1, Topic.RELEASES, ReleaseFlagResolved.class),
    DATASET_COMMITTEE_CHANGED("dataset.committee-changed", 1, Topic.CATALOG, DatasetCommitteeChanged.class),
    DATASET_REVIEW_WINDOW_CHANGED("dataset.review-window-changed", 1, Topic.CATALOG, ReviewWindowChanged.class),
    DATASET_RETIRED("dataset.retired", 1, Topic.CATALOG, DatasetRetired.class),
    REVIEW_STALLED("review.stalled", 1, Topic.REQUESTS, ReviewStalled.class),
    REVIEW_STEWARD_DECIDED("review.steward-decided", 1, Topic.REQUESTS, ReviewStewardDecided.class),
    CHAT_MEMBER_LINKED("chat.member-linked", 1, Topic.CATALOG, ChatMemberLinked.class),
    WEBHOOK_SUBSCRIBED("webhook.subscribed", 1, Topic.CATALOG, WebhookSubscribed.class),
    WEBHOOK_DISABLED("webhook.disabled", 1, Topic.CATALOG, WebhookDisabled.class),
    WEBHOOK_ENABLED("webhook.enabled", 1, Topic.CATALOG, WebhookEnabled.class),
    INTEGRATION_ADDED("integration-registry.added", 1, Topic.CATALOG, IntegrationAdded.class),
    INTEGRATION_SECRET_ROTATED("integration-registry.secret-rotated", 1, Topic.CATALOG, IntegrationSecretRotated.class),
    INTEGRATION_DISABLED("integration-registry.disabled", 1, Topic.CATALOG, IntegrationDisabled.class);

    private static final String PREFIX = "org.custodian.";
    private static final Pattern ANY_VERSION = Pattern.compile("^org\\.custodian\\.(.+)\\.v[0-9]+$");

    private final String suffix;
    private final int version;
    private final Topic topic;
    private final Class<? extends GovernanceEvent> recordType;

    EventType(String suffix, int version, Topic topic, Class<? extends GovernanceEvent> recordType) {
        this.suffix = suffix;
        this.version = version;
        this.topic = topic;
        this.recordType = recordType;
    }

    /** The full CloudEvents type, e.g. {@code org.custodian.request.submitted.v1}. */
    public String cloudEventType() {
        return PREFIX + suffix + ".v" + version;
    }

    public String suffix() {
        return suffix;
    }

    public int version() {
        return version;
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends GovernanceEvent> recordType() {
        return recordType;
    }

    /** Classpath location of the JSON Schema of this event's data. */
    public String schemaPath() {
        return "schemas/" + suffix + ".v" + version + ".json";
    }

    public static EventType of(GovernanceEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> recordType) {
        return Arrays.stream(values())
                .filter(type -> type.recordType.equals(recordType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a governance event: " + recordType.getName()));
    }

    /** The type known by this suffix (e.g. {@code researcher.registered}), whatever the version asked for. */
    public static Optional<EventType> fromSuffix(String suffix) {
        return Arrays.stream(values()).filter(type -> type.suffix.equals(suffix)).findFirst();
    }

    /**
     * The type a CloudEvents type names in any of its versions ({@code org.custodian.request.approved.v2} is
     * {@link #REQUEST_APPROVED}): what a reader of stored events needs, since the records read every shape.
     */
    public static Optional<EventType> fromAnyVersion(String cloudEventType) {
        Matcher matcher = ANY_VERSION.matcher(cloudEventType);
        return matcher.matches() ? fromSuffix(matcher.group(1)) : Optional.empty();
    }

    /**
     * This type's record read from its data as it was sent, without checking the schema (a stored event
     * is what it was; the schema is checked where events enter).
     *
     * @throws InvalidEventException when the data cannot be read as this record
     */
    public GovernanceEvent read(JsonNode data) {
        GovernanceEvent event;
        try {
            event = ContractJson.mapper().treeToValue(data, recordType);
        } catch (JsonProcessingException | RuntimeException e) {
            // A record's own checks (a required list missing) fail as runtime exceptions inside Jackson.
            throw new InvalidEventException("Unreadable data for " + cloudEventType(), e);
        }
        if (event == null) {
            throw new InvalidEventException("No data for " + cloudEventType());
        }
        return event;
    }

    public static Optional<EventType> fromCloudEventType(String cloudEventType) {
        return Arrays.stream(values()).filter(type -> type.cloudEventType().equals(cloudEventType)).findFirst();
    }
}
