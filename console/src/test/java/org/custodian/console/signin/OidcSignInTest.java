package org.custodian.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodian.console.ConsolePage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Outside the local profile: people sign in with the configured identity provider, roles come from the configured
 * claim, the development sign-in does not exist, and the session cookie is Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.corp.client-id=console",
        "spring.security.oauth2.client.registration.corp.client-secret=secret",
        "spring.security.oauth2.client.registration.corp.client-name=Corp ID",
        "spring.security.oauth2.client.registration.corp.scope=openid,profile",
        "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.corp.authorization-uri=https://idp.example.org/authorize",
        "spring.security.oauth2.client.provider.corp.token-uri=https://idp.example.org/token",
        "spring.security.oauth2.client.provider.corp.jwk-set-uri=https://idp.example.org/jwks",
        "spring.security.oauth2.client.provider.corp.user-name-attribute=sub",
        "custodian.console.roles-claim=custodian_roles"})
class OidcSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSignInPageOffersTheIdentityProviderAndNoDevelopmentSignIn() throws Exception {
        ConsolePage browser = new ConsolePage(port);
        HttpResponse<String> page = browser.get("/signin");
        HttpResponse<String> start = browser.get("/oauth2/authorization/corp");

        assertThat(page.body()).contains("Sign in with Corp ID").doesNotContain("Development sign-in");
        assertThat(context.getBeansOfType(DevSignIn.class)).as("no development sign-in outside the local profile").isEmpty();
        assertThat(browser.get("/compliance").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://idp.example.org/authorize?").contains("client_id=console"));
        assertThat(start.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void rolesComeFromTheConfiguredClaimAndAdminHoldsEveryRole() {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "cora", "custodian_roles", List.of("compliance", "wizard"), "roles", List.of("admin")));

        List<String> roles = new OidcRoles("custodian_roles").mapAuthorities(List.of(new OidcUserAuthority(token)))
                .stream().map(GrantedAuthority::getAuthority).sorted().toList();
        List<String> admin = new OidcRoles("roles").mapAuthorities(List.of(new OidcUserAuthority(token)))
                .stream().map(GrantedAuthority::getAuthority).toList();

        assertThat(roles).containsExactly("ROLE_compliance");
        assertThat(admin).hasSize(Roles.ALL.size()).contains("ROLE_steward", "ROLE_researcher");
    }
}
