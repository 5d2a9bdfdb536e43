package org.custodian.release.grant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At startup, seals grant signing keys a database from before sealing still holds in plaintext. */
@Component
class GrantKeySealing implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(GrantKeySealing.class);

    private final GrantKeys keys;

    GrantKeySealing(GrantKeys keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = keys.sealStored();
        if (sealed > 0) {
            LOG.info("Sealed {} grant signing keys stored in plaintext or under a retired key-encryption key", sealed);
        }
    }
}
