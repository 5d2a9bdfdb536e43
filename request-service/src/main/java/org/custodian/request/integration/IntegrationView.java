package org.custodian.request.integration;

import java.time.Instant;
import java.util.List;

/** An integration as the API shows it: never a secret, except the new one in the answer that made it. */
record IntegrationView(String name, String source, boolean active, String createdBy, Instant createdAt,
                       String disabledBy, Instant disabledAt, List<SecretView> secrets, String secret) {

    static final String CONFIGURATION = "configuration";
    static final String API = "api";

    IntegrationView withSecret(String newSecret) {
        return new IntegrationView(name, source, active, createdBy, createdAt, disabledBy, disabledAt, secrets, newSecret);
    }

    /** One of its secrets by id; configuration's secrets have no creation time and no end. */
    record SecretView(String id, Instant createdAt, Instant validUntil) {
    }
}
