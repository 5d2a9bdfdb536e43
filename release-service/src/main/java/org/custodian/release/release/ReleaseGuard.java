package org.custodian.release.release;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Object-level authorisation for {@code /api/releases/{id}/...}, before any body is read: a release
 * the caller may not see answers 404 as a missing one does; one they see but may not act on, 403
 * naming the role it takes. A handler there without {@link ReleaseEndpoint} is refused outright.
 */
@Component
public class ReleaseGuard implements HandlerInterceptor {

    private final ReleaseRegister register;

    ReleaseGuard(ReleaseRegister register) {
        this.register = register;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        ReleaseEndpoint endpoint = method.getMethodAnnotation(ReleaseEndpoint.class);
        if (endpoint == null) {
            throw new IllegalStateException(method + " serves a release without saying who may call it");
        }
        @SuppressWarnings("unchecked")
        String id = ((Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).get("id");
        Caller caller = caller();
        if (endpoint.unknownToo() && register.find(id).isEmpty() && endpoint.value().missing(caller, null).isEmpty()) {
            return true;
        }
        ReleaseView release = register.find(id).filter(found -> ReleaseNeed.sees(caller, found))
                .orElseThrow(() -> ReleaseCommands.unknown(id));
        endpoint.value().missing(caller, release).ifPresent(role -> {
            throw new RoleRequired(id, role, endpoint.value() == ReleaseNeed.OWN_RESEARCHER);
        });
        return true;
    }

    // The roles as the security filter granted them (admin already holds every role).
    private static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getAuthorities().forEach(granted -> Arrays.stream(Role.values())
                .filter(role -> role.authority().equals(granted.getAuthority())).forEach(roles::add));
        return new Caller(authentication.getName(), roles);
    }
}
