package org.custodian.audit.checkpoint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custodian.audit.checkpoint.*}: a checkpoint is made once {@code everyEntries} entries are
 * uncovered or the oldest uncovered entry is {@code every} old, whichever comes first, checked every
 * {@code poll}. The key is {@code signingKey} when set, else read from (or generated once into) {@code keyFile}.
 */
@ConfigurationProperties("custodian.audit.checkpoint")
record CheckpointProperties(@DefaultValue("custodian.local/audit") String origin,
                            @DefaultValue("1000") long everyEntries,
                            @DefaultValue("60s") Duration every,
                            @DefaultValue("1s") Duration poll,
                            String keyFile,
                            String signingKey) {

    CheckpointProperties {
        if (everyEntries < 1 || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("custodian.audit.checkpoint: every-entries and every must be positive");
        }
    }
}
