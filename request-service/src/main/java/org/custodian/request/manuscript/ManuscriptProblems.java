package org.custodian.request.manuscript;

import org.custodian.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Manuscript refusals as problem details: who may not act is 403, what the review's state forbids is 409. */
@RestControllerAdvice
class ManuscriptProblems {

    @ExceptionHandler(ManuscriptReviewRefused.class)
    ResponseEntity<ProblemDetail> refused(ManuscriptReviewRefused refused) {
        HttpStatus status = status(refused.refusal());
        return ResponseEntity.status(status).body(Problems.of(status, refused.refusal().name(), refused.getMessage()));
    }

    private static HttpStatus status(ManuscriptRefusal refusal) {
        return switch (refusal) {
            case UNKNOWN_MANUSCRIPT -> HttpStatus.NOT_FOUND;
            case OWN_MANUSCRIPT, NOT_A_REVIEWER -> HttpStatus.FORBIDDEN;
            case NO_DECISION_RIGHTS, NO_REVIEW_REQUIRED, ALREADY_REVIEWED, REVIEW_CLOSED, MORATORIUM_IN_FORCE, WINDOW_OPEN,
                 REVIEWERS_CAN_ACT ->
                    HttpStatus.CONFLICT;
        };
    }
}
