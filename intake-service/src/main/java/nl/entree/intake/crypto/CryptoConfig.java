package nl.entree.intake.crypto;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The AES-256 keys for contact details, base64. Production reads them from {@code ENTREE_ENCRYPTION_KEY},
 * {@code ENTREE_ENCRYPTION_KEY_ID} and {@code ENTREE_ENCRYPTION_PREVIOUS_KEYS}; docs/deploy.md has the rotation.
 */
@ConfigMapping(prefix = "entree.crypto")
public interface CryptoConfig {

    /** The key every new value is encrypted with. */
    String key();

    /** Its id, 1–127, stored as the first byte of each value so that a value names the key that opens it. */
    @WithDefault("1")
    int keyId();

    /** Keys that only decrypt, as {@code id:base64}: values written before a rotation, until they are re-encrypted. */
    Optional<List<String>> previousKeys();
}
