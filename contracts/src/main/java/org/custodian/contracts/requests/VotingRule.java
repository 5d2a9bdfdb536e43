package org.custodian.contracts.requests;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a review panel's votes conclude. Under every rule the request needs at least the committee's
 * approvals required; a request for changes is a vote against approving.
 * <ul>
 * <li>{@code quorum_with_veto} (the default): the approvals required approve; any one rejection or
 *     request for changes ends the review at once.</li>
 * <li>{@code majority}: more than half of the reviewers who may vote (the panel minus those recused)
 *     approve; the review ends against the request once that can no longer happen.</li>
 * <li>{@code unanimous}: every reviewer who may vote approves; any vote against ends it at once.</li>
 * </ul>
 * When a review ends against the request it is rejected if more voted to reject than to ask for
 * changes, else changes are requested.
 */
public enum VotingRule {
    QUORUM_WITH_VETO, MAJORITY, UNANIMOUS;

    public static final VotingRule DEFAULT = QUORUM_WITH_VETO;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static VotingRule fromWireName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown voting rule " + name));
    }

    /** The rule by its wire name; empty for a name that is none. */
    public static Optional<VotingRule> find(String name) {
        return Arrays.stream(values()).filter(rule -> rule.wireName().equals(name)).findFirst();
    }

    /** A rule absent from an event (one recorded before rules were explicit) is the default. */
    public static VotingRule orDefault(VotingRule rule) {
        return rule == null ? DEFAULT : rule;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(VotingRule::wireName).toList();
    }

    /**
     * The approvals that approve, given {@code eligible} reviewers who may vote; never fewer than
     * {@code approvalsRequired}.
     */
    public int approvalsNeeded(int approvalsRequired, int eligible) {
        int byRule = switch (this) {
            case QUORUM_WITH_VETO -> approvalsRequired;
            case MAJORITY -> eligible / 2 + 1;
            case UNANIMOUS -> eligible;
        };
        return Math.max(approvalsRequired, byRule);
    }

    /** Whether one vote against ends the review at once. */
    public boolean vetoes() {
        return this != MAJORITY;
    }
}
