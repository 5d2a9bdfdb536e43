package org.custodian.support.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Grants the roles named in the token's {@code roles} claim; {@code admin} holds every role. */
public class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLES_CLAIM = "roles";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<SimpleGrantedAuthority> authorities = roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toSet());
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claimValues(jwt.getClaim(ROLES_CLAIM)).forEach(value -> Role.fromClaimValue(value).ifPresent(roles::add));
        return roles.contains(Role.ADMIN) ? EnumSet.allOf(Role.class) : roles;
    }

    private static List<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim instanceof String text ? List.of(text.split("[,\\s]+")) : List.of();
    }
}
