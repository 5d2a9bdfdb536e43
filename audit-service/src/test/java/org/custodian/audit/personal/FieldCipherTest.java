package org.custodian.audit.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final byte[] key = FieldCipher.newKey();
    private final byte[] plaintext = "\"Ada Lovelace\"".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFieldDecryptsWithItsKeyAndContext() throws GeneralSecurityException {
        byte[] sealed = FieldCipher.encrypt(key, "ctx", plaintext);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Ada");
        assertThat(FieldCipher.decrypt(key, "ctx", sealed)).isEqualTo(plaintext);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(FieldCipher.encrypt(key, "ctx", plaintext)).isNotEqualTo(FieldCipher.encrypt(key, "ctx", plaintext));
    }

    @Test
    void anotherKeyAnotherFieldOrATamperedCiphertextFails() {
        byte[] sealed = FieldCipher.encrypt(key, SealedField.context("/src", "e-1", "name"), plaintext);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> FieldCipher.decrypt(FieldCipher.newKey(), SealedField.context("/src", "e-1", "name"), sealed))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> FieldCipher.decrypt(key, SealedField.context("/src", "e-1", "email"), sealed))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> FieldCipher.decrypt(key, SealedField.context("/src", "e-1", "name"), tampered))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> FieldCipher.decrypt(key, "ctx", new byte[5])).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void personalFieldsAreTheSchemasMarkedFieldsInEveryVersion() {
        assertThat(PersonalFields.of("org.custodian.researcher.registered.v1")).containsExactlyInAnyOrder("name", "slack_user_id");
        assertThat(PersonalFields.of("org.custodian.researcher.registered.v2")).containsExactlyInAnyOrder("name", "slack_user_id");
        assertThat(PersonalFields.of("org.custodian.researcher.credentials-changed.v1")).containsExactly("slack_user_id");
        assertThat(PersonalFields.of("org.custodian.request.submitted.v1")).isEmpty();
        assertThat(PersonalFields.of("com.example.researcher.registered.v1")).isEmpty();
    }
}
