package org.custodian.request.ingress;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.support.problem.ProblemResponses;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a post to {@code /api/events} that carries a Standard Webhooks signature: HMAC-SHA256
 * over id, timestamp and body with one of an active integration's currently valid secrets, within five minutes. A bad,
 * stale or unknown signature is refused before anything is read further. The caller is the integration
 * by its name, the same name its acting rights are configured under.
 */
class WebhookSignatureFilter extends OncePerRequestFilter {

    static final String SIGNATURE = "webhook-signature";

    private final WebhookSecrets secrets;
    private final ProblemResponses problems;

    WebhookSignatureFilter(WebhookSecrets secrets, ProblemResponses problems) {
        this.secrets = secrets;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/events".equals(request.getRequestURI())
                && request.getHeader(SIGNATURE) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cached = new CachedBodyRequest(request);
        Optional<String> integration = signer(new String(cached.body(), StandardCharsets.UTF_8), headers(request));
        if (integration.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "BAD_SIGNATURE",
                    "The webhook signature does not match any active secret, or its timestamp is outside five minutes.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                integration.get(), null, List.of(new SimpleGrantedAuthority(Role.INTEGRATION.authority()))));
        chain.doFilter(cached, response);
    }

    private Optional<String> signer(String body, Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> integration : secrets.current().entrySet()) {
            for (String secret : integration.getValue()) {
                if (verifies(secret, body, headers)) {
                    return Optional.of(integration.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean verifies(String secret, String body, Map<String, List<String>> headers) {
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(), Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
