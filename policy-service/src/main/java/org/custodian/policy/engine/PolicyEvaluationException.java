package org.custodian.policy.engine;

/** The engine could not evaluate the policy at all (as opposed to the policy reaching no decision). */
public class PolicyEvaluationException extends RuntimeException {

    public PolicyEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
