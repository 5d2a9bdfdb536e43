package org.custodian.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import org.custodian.console.ConsolePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The local profile's sign-in, over real HTTP: it mints a token with the platform's key file, the session cookie is
 * HttpOnly and SameSite=Lax, forms need their CSRF token, every page carries the content security policy, and a
 * refusal or an unreachable service is a page, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class DevSignInTest {

    private static RSAKey platformKey;
    private static Path keyFile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void platformKey() throws Exception {
        platformKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        keyFile = Files.createTempFile("jwt-signing", ".jwk");
        Files.writeString(keyFile, platformKey.toJSONString());
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("custodian.console.dev-sign-in.key-file", () -> keyFile.toString());
        // nothing listens on port 9: every service is unreachable
        registry.add("custodian.console.services.audit", () -> "http://localhost:9");
    }

    @Test
    void aPageAsksForSignInFirst() throws Exception {
        HttpResponse<String> page = new ConsolePage(port).get("/compliance");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/signin"));
    }

    @Test
    void signingInMintsATokenWithThePlatformsKeyAndASafeSessionCookie() throws Exception {
        ConsolePage browser = new ConsolePage(port);
        HttpResponse<String> form = browser.get("/signin");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));

        HttpResponse<String> signedIn = browser.post("/signin", Map.of("_csrf", ConsolePage.csrf(form.body()),
                "name", "cora", "roles", "compliance"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
        HttpResponse<String> start = browser.get("/compliance");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("<h1>Compliance</h1>").contains("cora");
    }

    @Test
    void theMintedTokenIsSignedByThePlatformKeyWithTheChosenRoles() throws Exception {
        String token = new PlatformKey(new org.custodian.console.ConsoleProperties.DevSignIn(keyFile, "custodian-local-platform",
                java.time.Duration.ofHours(1)), java.time.Clock.systemUTC()).token("cora", java.util.List.of("compliance"));

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(platformKey.toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("cora");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("compliance");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("custodian-local-platform");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> refused = new ConsolePage(port).post("/signin", Map.of("name", "cora", "roles", "compliance"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Forbidden").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anotherRolesPageIsAForbiddenPageAndAnUnreachableServiceAPageSayingSo() throws Exception {
        ConsolePage browser = new ConsolePage(port);
        HttpResponse<String> form = browser.get("/signin");
        browser.post("/signin", Map.of("_csrf", ConsolePage.csrf(form.body()), "name", "ada", "roles", "compliance"));

        HttpResponse<String> forbidden = browser.get("/steward");
        HttpResponse<String> unreachable = browser.get("/compliance/audit?subject=req-1");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("What to do next");
        assertThat(unreachable.statusCode()).isEqualTo(503);
        assertThat(unreachable.body()).contains("The audit service does not answer").contains("SERVICE_UNAVAILABLE")
                .doesNotContain("Exception");
    }
}
