package org.custodian.contracts.inbound;

import org.custodian.contracts.InvalidEventException;

/** An outside event Custodian cannot accept, with a stable code saying why. */
public class InvalidInboundEventException extends InvalidEventException {

    private final String code;

    public InvalidInboundEventException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
