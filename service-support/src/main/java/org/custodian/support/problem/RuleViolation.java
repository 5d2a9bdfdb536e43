package org.custodian.support.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request broke a rule of the domain; it is answered as problem details with a stable code. */
public class RuleViolation extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public RuleViolation(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Further members of the problem document, such as a list of per-item errors. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
