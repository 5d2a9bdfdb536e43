package org.custodian.support.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSealTest {

    private final byte[] kek = random();
    private final SecretSeal seal = new SecretSeal(kek, List.of());

    @Test
    void opensWhatItSealedAndNeverStoresThePlaintext() {
        String sealed = seal.seal("whsec_abc123");

        assertThat(sealed).startsWith("seal:v1:" + seal.keyId() + ":").doesNotContain("whsec_abc123");
        assertThat(SecretSeal.isSealed(sealed)).isTrue();
        assertThat(seal.open(sealed)).isEqualTo("whsec_abc123");
        assertThat(seal.seal("whsec_abc123")).as("a fresh data key and nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aStoredSecretIsOpenedIfSealedAndReadAsItIsFromBeforeSealing() {
        assertThat(seal.openStored(seal.seal("whsec_abc123"))).isEqualTo("whsec_abc123");
        assertThat(seal.openStored("whsec_legacy")).isEqualTo("whsec_legacy");
        assertThat(seal.needsResealing("whsec_legacy")).isTrue();
    }

    @Test
    void anAlteredSealIsRefused() {
        String sealed = seal.seal("secret");
        int last = sealed.length() - 2;
        String tampered = sealed.substring(0, last) + (sealed.charAt(last) == 'A' ? 'B' : 'A') + sealed.substring(last + 1);

        assertThatThrownBy(() -> seal.open(tampered)).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> seal.open("seal:v1:" + seal.keyId() + ":AAAA:AAAA")).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> seal.open("plain")).isInstanceOf(SealException.class);
    }

    @Test
    void anotherKekCannotOpenIt() {
        String sealed = seal.seal("secret");
        SecretSeal other = new SecretSeal(random(), List.of());

        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(SealException.class);
        // Even when the id is forged to name the other KEK, the wrapped data key does not open.
        String forged = sealed.replace(seal.keyId(), other.keyId());
        assertThatThrownBy(() -> other.open(forged)).isInstanceOf(SealException.class);
    }

    @Test
    void aRotatedKekStillOpensWhatTheOldOneSealed() {
        String old = seal.seal("secret");
        SecretSeal rotated = new SecretSeal(random(), List.of(kek));

        assertThat(rotated.open(old)).isEqualTo("secret");
        assertThat(rotated.needsResealing(old)).isTrue();
        assertThat(rotated.needsResealing(rotated.seal("secret"))).isFalse();
    }

    @Test
    void theKekFileIsGeneratedOnceOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/kek");
        SecretsAutoConfiguration config = new SecretsAutoConfiguration();

        SecretSeal first = config.secretSeal("", file.toString(), List.of());
        SecretSeal second = config.secretSeal("", file.toString(), List.of());

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.open(first.seal("x"))).isEqualTo("x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String configured = Base64.getEncoder().encodeToString(kek);
        assertThat(config.secretSeal(configured, file.toString(), List.of()).keyId()).isEqualTo(seal.keyId());
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
