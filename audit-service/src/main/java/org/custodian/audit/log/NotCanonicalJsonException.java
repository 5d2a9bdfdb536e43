package org.custodian.audit.log;

/** A JSON value RFC 8785 cannot canonicalise, such as a number beyond IEEE-754 double range. */
public class NotCanonicalJsonException extends IllegalArgumentException {

    NotCanonicalJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
