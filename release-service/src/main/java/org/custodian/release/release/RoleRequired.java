package org.custodian.release.release;

import java.util.Map;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;

/** The caller may see the release but not do this: 403 naming the role (or relation) it takes. */
class RoleRequired extends RuleViolation {

    private final Role role;

    RoleRequired(String releaseId, Role role, boolean own) {
        super(HttpStatus.FORBIDDEN, "ROLE_REQUIRED", "This needs the role " + role.claimValue()
                + (own ? " as the researcher of release " + releaseId : "") + ".");
        this.role = role;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("required_role", role.claimValue());
    }
}
