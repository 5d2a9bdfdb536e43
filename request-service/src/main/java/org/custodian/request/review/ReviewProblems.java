package org.custodian.request.review;

import org.custodian.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Review refusals as problem details: who may not act is 403, what already happened is 409. */
@RestControllerAdvice
class ReviewProblems {

    @ExceptionHandler(ReviewRefused.class)
    ResponseEntity<ProblemDetail> refused(ReviewRefused refused) {
        HttpStatus status = status(refused.refusal());
        return ResponseEntity.status(status).body(Problems.of(status, refused.refusal().name(), refused.getMessage()));
    }

    private static HttpStatus status(Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN_REQUEST -> HttpStatus.NOT_FOUND;
            case OWN_REQUEST, NOT_ON_PANEL, RECUSED -> HttpStatus.FORBIDDEN;
            case ALREADY_VOTED, CONFLICT_ALREADY_DECLARED, REVIEW_NOT_OPEN, REVIEW_NOT_STALLED, DECISION_DENIED -> HttpStatus.CONFLICT;
        };
    }
}
