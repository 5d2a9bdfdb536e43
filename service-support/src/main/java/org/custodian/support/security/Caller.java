package org.custodian.support.security;

import java.util.Set;

/** The authenticated principal of a request: the token's subject and the roles it holds. */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
