package org.custodian.release.config;

import org.custodian.release.release.ReleaseGuard;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the object-level check in front of every handler of one release. */
@Configuration
class ReleaseGuardConfiguration implements WebMvcConfigurer {

    private final ReleaseGuard guard;

    ReleaseGuardConfiguration(ReleaseGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard).addPathPatterns("/api/releases/*", "/api/releases/*/**");
    }
}
