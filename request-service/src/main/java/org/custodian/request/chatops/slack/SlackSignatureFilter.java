package org.custodian.request.chatops.slack;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import org.custodian.support.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every post to {@code /chatops/slack/**} by Slack's request signature before anything
 * reads the body as a form: a missing, stale, wrong or already seen signature is 401 problem+json and
 * nothing else happens. The verified bytes are handed on as a request attribute.
 */
class SlackSignatureFilter extends OncePerRequestFilter {

    static final String VERIFIED_BODY = "org.custodian.request.chatops.slack.verifiedBody";
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    private final SlackSettings settings;
    private final JdbcClient jdbc;
    private final ProblemResponses problems;
    private final MeterRegistry meters;
    private final Clock clock;

    SlackSignatureFilter(SlackSettings settings, JdbcClient jdbc, ProblemResponses problems, MeterRegistry meters,
                         Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.problems = problems;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/chatops/slack/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        String refusal = refusal(request.getHeader(TIMESTAMP), request.getHeader(SIGNATURE), body);
        meters.counter("custodian.chatops.inbound.signatures", "outcome", refusal == null ? "valid" : refusal).increment();
        if (refusal != null) {
            problems.write(response, HttpStatus.UNAUTHORIZED, refusal, detail(refusal));
            return;
        }
        request.setAttribute(VERIFIED_BODY, body);
        chain.doFilter(request, response);
    }

    /** Null when the request is Slack's and new; else the problem code. */
    private String refusal(String timestamp, String signature, byte[] body) {
        if (!settings.verifies()) {
            return "CHATOPS_NOT_CONFIGURED";
        }
        SlackSignatureCheck.Result result = new SlackSignatureCheck(settings.signingSecret(), clock)
                .check(timestamp, signature, new String(body, StandardCharsets.UTF_8));
        return switch (result) {
            case MISSING -> "SIGNATURE_MISSING";
            case STALE -> "SIGNATURE_EXPIRED";
            case MISMATCH -> "BAD_SIGNATURE";
            case VALID -> firstSighting(signature) ? null : "REPLAYED_REQUEST";
        };
    }

    private boolean firstSighting(String signature) {
        jdbc.sql("DELETE FROM chat_signature_seen WHERE seen_at < ?")
                .param(Timestamp.from(clock.instant().minus(SlackSignatureCheck.WINDOW.multipliedBy(2)))).update();
        return jdbc.sql("INSERT INTO chat_signature_seen (signature, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(signature, Timestamp.from(clock.instant())).update() == 1;
    }

    private static String detail(String code) {
        return switch (code) {
            case "CHATOPS_NOT_CONFIGURED" -> "Chat-ops has no Slack signing secret configured; nothing is accepted.";
            case "SIGNATURE_MISSING" -> "X-Slack-Request-Timestamp and X-Slack-Signature are required.";
            case "SIGNATURE_EXPIRED" -> "The request timestamp is more than five minutes away from now.";
            case "REPLAYED_REQUEST" -> "This signed request was already received; a replay is not accepted.";
            default -> "The Slack signature does not match the body.";
        };
    }
}
