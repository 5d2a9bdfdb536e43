package org.custodian.request.subscription;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At startup, seals webhook secrets a database from before sealing still holds in plaintext. */
@Component
class WebhookSecretSealing implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSecretSealing.class);

    private final Subscriptions subscriptions;

    WebhookSecretSealing(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = subscriptions.sealStored();
        if (sealed > 0) {
            LOG.info("Sealed {} webhook secrets stored in plaintext or under a retired key-encryption key", sealed);
        }
    }
}
