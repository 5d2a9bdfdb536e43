package org.custodian.support.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The {@link SecretSeal} under the key-encryption key from {@code custodian.secrets.kek} (base64, 32 bytes) or,
 * if that is not set, from {@code custodian.secrets.kek-file} (default {@code <data dir>/keys/kek}), generated
 * once with mode 0600 when absent. {@code custodian.secrets.previous-keks} lists retired KEKs (base64) that
 * still open what they sealed. Lazy, so that services keeping no secrets never create a KEK file. At startup
 * every {@link SealedStore} seals what it still holds in plaintext.
 */
@AutoConfiguration
public class SecretsAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsAutoConfiguration.class);

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    SecretSeal secretSeal(@Value("${custodian.secrets.kek:}") String kek,
                          @Value("${custodian.secrets.kek-file:${custodian.data-dir}/keys/kek}") String kekFile,
                          @Value("${custodian.secrets.previous-keks:}") List<String> previous) {
        byte[] current = kek.isBlank() ? fromFile(Path.of(kekFile)) : decode(kek);
        return new SecretSeal(current, previous.stream().filter(p -> !p.isBlank()).map(SecretsAutoConfiguration::decode).toList());
    }

    @Bean
    @ConditionalOnMissingBean
    StartupSealing startupSealing(ObjectProvider<SealedStore> stores) {
        return new StartupSealing(() -> stores.orderedStream().toList());
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.trim());
    }

    private static byte[] fromFile(Path file) {
        try {
            return decode(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : generate(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key-encryption key " + file, e);
        }
    }

    private static String generate(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, ".kek", ".tmp");
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("Cannot restrict the permissions of {} on this file system", file);
        }
        Files.writeString(partial, encoded + "\n", StandardCharsets.UTF_8);
        try {
            // A hard link never replaces a file: two services starting at once keep the first key.
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException raced) {
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.info("Generated the key-encryption key {}", file);
        return encoded;
    }
}
