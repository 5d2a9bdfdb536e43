package org.custodian.release.release;

import java.util.Optional;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;

/**
 * Who may see a release and who may act on it (DESIGN §2, invariant 8): its own researcher,
 * stewards, compliance and integrations see it; stewards act on it, integrations report its use,
 * its researcher certifies its erasure, compliance only reads. Reviewers have no business with releases.
 */
public enum ReleaseNeed {
    READ(null),
    STEWARD(Role.STEWARD),
    INTEGRATION(Role.INTEGRATION),
    OWN_RESEARCHER(Role.RESEARCHER);

    private final Role role;

    ReleaseNeed(Role role) {
        this.role = role;
    }

    public static boolean sees(Caller caller, ReleaseView release) {
        return caller.hasAny(Role.STEWARD, Role.COMPLIANCE, Role.INTEGRATION) || owns(caller, release);
    }

    /** The role the caller lacks to act on a release they see; none when they may act. */
    Optional<Role> missing(Caller caller, ReleaseView release) {
        boolean may = switch (this) {
            case READ -> true;
            case OWN_RESEARCHER -> owns(caller, release);
            default -> caller.has(role);
        };
        return may ? Optional.empty() : Optional.of(role);
    }

    private static boolean owns(Caller caller, ReleaseView release) {
        return caller.has(Role.RESEARCHER) && caller.subject().equals(release.researcherId());
    }
}
