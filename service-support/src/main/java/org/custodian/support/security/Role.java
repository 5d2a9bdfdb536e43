package org.custodian.support.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DESIGN §2, as they appear in a token's {@code roles} claim. */
public enum Role {
    RESEARCHER, REVIEWER, STEWARD, COMPLIANCE, INTEGRATION, ADMIN;

    public String claimValue() {
        return name().toLowerCase();
    }

    public String authority() {
        return "ROLE_" + claimValue();
    }

    public static Optional<Role> fromClaimValue(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }
}
