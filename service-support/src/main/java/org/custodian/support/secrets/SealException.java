package org.custodian.support.secrets;

/** A sealed secret that cannot be opened: altered, malformed, or sealed under a KEK not configured. */
public class SealException extends RuntimeException {

    public SealException(String message) {
        super(message);
    }
}
