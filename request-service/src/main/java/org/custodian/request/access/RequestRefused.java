package org.custodian.request.access;

import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/** The request's lifecycle refused a researcher's act (withdraw, resubmit); nothing was recorded. */
class RequestRefused extends RuleViolation {

    static final String ALREADY_WITHDRAWN = "ALREADY_WITHDRAWN";
    static final String ALREADY_DECIDED = "ALREADY_DECIDED";
    static final String NOT_AWAITING_CHANGES = "NOT_AWAITING_CHANGES";
    static final String NOT_OWN_REQUEST = "NOT_OWN_REQUEST";

    RequestRefused(String code, String detail) {
        super(NOT_OWN_REQUEST.equals(code) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, code, detail);
    }
}
