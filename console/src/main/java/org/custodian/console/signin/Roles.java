package org.custodian.console.signin;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles of DESIGN §2 as the console's authorities; admin holds every role, as in the services. */
public final class Roles {

    public static final List<String> ALL = List.of("researcher", "reviewer", "steward", "compliance", "integration", "admin");

    private Roles() {
    }

    public static Set<GrantedAuthority> authorities(Collection<String> roles) {
        Stream<String> granted = roles.contains("admin") ? ALL.stream() : roles.stream().filter(ALL::contains);
        return granted.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
