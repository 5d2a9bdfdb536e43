package org.custodian.console.signin;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/** Roles from the identity provider's token: the claim named by {@code custodian.console.roles-claim}, a list or a space-separated string. */
final class OidcRoles implements GrantedAuthoritiesMapper {

    private final String claim;

    OidcRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = authorities.stream().flatMap(authority -> rolesIn(authority).stream()).collect(Collectors.toSet());
        return Roles.authorities(roles);
    }

    private List<String> rolesIn(GrantedAuthority authority) {
        Object value = null;
        if (authority instanceof OidcUserAuthority oidc) {
            value = oidc.getIdToken().getClaims().get(claim);
            if (value == null && oidc.getUserInfo() != null) {
                value = oidc.getUserInfo().getClaims().get(claim);
            }
        } else if (authority instanceof OAuth2UserAuthority oauth2) {
            value = oauth2.getAttributes().get(claim);
        }
        return roles(value);
    }

    static List<String> roles(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return List.of(text.trim().split("[\\s,]+"));
        }
        return List.of();
    }
}
