package org.custodian.request.ingress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * A CloudEvents source is a URI reference ({@code /enclave/eu-1}), so reading an event's status takes
 * it percent-encoded as one path segment. Only there are encoded slashes and percents let through;
 * every other path keeps Spring Security's strict defaults.
 */
final class EventPathFirewall implements HttpFirewall {

    private static final String STATUS_PATHS = "/api/events/";

    private final StrictHttpFirewall strict = new StrictHttpFirewall();
    private final StrictHttpFirewall eventPaths = new StrictHttpFirewall();

    EventPathFirewall() {
        eventPaths.setAllowUrlEncodedSlash(true);
        eventPaths.setAllowUrlEncodedDoubleSlash(true);
        eventPaths.setAllowUrlEncodedPercent(true);
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        boolean statusRead = "GET".equals(request.getMethod()) && request.getRequestURI().startsWith(STATUS_PATHS);
        return (statusRead ? eventPaths : strict).getFirewalledRequest(request);
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }
}
