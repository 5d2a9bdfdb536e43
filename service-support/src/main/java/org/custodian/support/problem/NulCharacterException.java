package org.custodian.support.problem;

import org.springframework.http.HttpStatus;

/** The request holds a NUL character, which no text Custodian stores may hold. */
public class NulCharacterException extends RuleViolation {

    public static final String CODE = "NUL_CHARACTER";

    public NulCharacterException(String where) {
        super(HttpStatus.BAD_REQUEST, CODE, where + " holds a NUL character (U+0000), which Custodian does not store; "
                + "nothing was recorded.");
    }
}
