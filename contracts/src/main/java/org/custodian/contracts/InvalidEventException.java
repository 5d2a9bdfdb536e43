package org.custodian.contracts;

/** A record that is not a valid governance event: unknown type, unreadable or schema-violating data. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
