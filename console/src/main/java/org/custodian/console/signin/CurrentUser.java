package org.custodian.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in person of this request and the bearer token the services get on their behalf. */
@Component
public class CurrentUser {

    private final ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients;

    CurrentUser(ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    public String name() {
        return authentication().getName();
    }

    public List<String> roles() {
        return authentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length())).sorted().toList();
    }

    public boolean has(String role) {
        return roles().contains(role);
    }

    public String token() {
        Authentication authentication = authentication();
        if (authentication.getPrincipal() instanceof ConsoleUser user) {
            return user.token();
        }
        if (authentication instanceof OAuth2AuthenticationToken oauth2) {
            OAuth2AuthorizedClientRepository repository = authorizedClients.getIfAvailable();
            HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
            OAuth2AuthorizedClient client = repository == null ? null
                    : repository.loadAuthorizedClient(oauth2.getAuthorizedClientRegistrationId(), oauth2, request);
            if (client != null) {
                return client.getAccessToken().getTokenValue();
            }
        }
        throw new IllegalStateException("No token for " + authentication.getName());
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return authentication;
    }
}
