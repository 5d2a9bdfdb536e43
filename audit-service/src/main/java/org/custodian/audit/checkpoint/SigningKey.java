package org.custodian.audit.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checkpoint signing key: configured, or generated once into the data directory and reused on every start. */
@Configuration
@EnableConfigurationProperties(CheckpointProperties.class)
class SigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);

    @Bean
    NoteSigner checkpointSigner(CheckpointProperties properties, @Value("${custodian.data-dir}") String dataDir) {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return NoteSigner.parse(properties.signingKey());
        }
        Path file = Path.of(properties.keyFile() != null ? properties.keyFile() : dataDir + "/keys/audit-checkpoint.key");
        try {
            return Files.exists(file) ? read(file) : generate(file, properties.origin());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint key " + file, e);
        }
    }

    private static NoteSigner read(Path file) throws IOException {
        return NoteSigner.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static NoteSigner generate(Path file, String name) throws IOException {
        NoteSigner signer = NoteSigner.generate(name);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".audit-checkpoint", ".tmp");
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("Cannot restrict the permissions of {} on this file system", file);
        }
        Files.writeString(partial, signer.signerKey() + "\n", StandardCharsets.UTF_8);
        try {
            // A hard link never replaces a file: two instances starting at once keep the first key.
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.info("Generated the checkpoint signing key {} ({})", file, signer.verifierKey());
        return signer;
    }
}
