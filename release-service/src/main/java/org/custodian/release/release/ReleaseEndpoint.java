package org.custodian.release.release;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler of {@code /api/releases/{id}/...} with what it needs of the caller beyond seeing
 * the release; {@link ReleaseGuard} checks it before the body is read.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReleaseEndpoint {

    ReleaseNeed value();

    /** A release id nobody issued is still heard from a caller holding the role (a use of it is a violation). */
    boolean unknownToo() default false;
}
