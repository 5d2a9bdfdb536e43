package org.custodian.support.problem;

import org.springframework.http.HttpStatus;

/** The request body is larger than this service accepts. */
public class BodyTooLargeException extends RuleViolation {

    public BodyTooLargeException(long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", "The request body is larger than " + limit + " bytes.");
    }
}
