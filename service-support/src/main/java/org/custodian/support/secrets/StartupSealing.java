package org.custodian.support.secrets;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/** At startup, seals the secrets a database from before sealing (or from before a KEK rotation) still holds. */
public class StartupSealing implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSealing.class);

    private final Supplier<List<SealedStore>> stores;

    public StartupSealing(Supplier<List<SealedStore>> stores) {
        this.stores = stores;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SealedStore store : stores.get()) {
            int sealed = store.sealStored();
            if (sealed > 0) {
                LOG.info("Sealed {} {} stored in plaintext or under a retired key-encryption key", sealed, store.what());
            }
        }
    }
}
