package org.custodian.policy.decision;

import java.util.List;
import java.util.Map;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decisions made on a request, oldest first, for its requester, its panel's reviewers, stewards and compliance. */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

    static final int MAX_REQUEST_ID = 128;

    private final DecisionBook book;
    private final RequestAudience audience;

    DecisionController(DecisionBook book, RequestAudience audience) {
        this.book = book;
        this.audience = audience;
    }

    /** A request the caller may not see answers as an unknown one does, so ids reveal nothing. */
    @GetMapping
    List<DecisionMade> forRequest(@RequestParam("request") String requestId, Caller caller) {
        if (requestId.isBlank() || requestId.length() > MAX_REQUEST_ID || requestId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameter("request", "The parameter 'request' must be a request id: 1 to "
                    + MAX_REQUEST_ID + " characters, none of them a control character.");
        }
        if (!audience.mayRead(requestId, caller)) {
            throw new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_REQUEST", "There is no request " + requestId + ".");
        }
        return book.forRequest(requestId);
    }

    /** A query parameter that cannot name what it should; the problem names the parameter. */
    static final class InvalidParameter extends RuleViolation {

        private final String parameter;

        InvalidParameter(String parameter, String detail) {
            super(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", detail);
            this.parameter = parameter;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("parameter", parameter);
        }
    }
}
