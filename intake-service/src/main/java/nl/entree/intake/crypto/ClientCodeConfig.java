package nl.entree.intake.crypto;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The HMAC-SHA256 keys for client codes, base64, 32 bytes. Production reads them from {@code ENTREE_CLIENT_CODE_KEY},
 * {@code ENTREE_CLIENT_CODE_KEY_ID} and {@code ENTREE_CLIENT_CODE_PREVIOUS_KEYS}; docs/deploy.md has the rotation.
 */
@ConfigMapping(prefix = "entree.client-code")
public interface ClientCodeConfig {

    /** The key every new client code is hashed with. */
    String key();

    /** Its id, 1–127, stored with each hash so that a hash names the key that made it. */
    @WithDefault("1")
    int keyId();

    /** Keys whose hashes are still matched, as {@code id:base64}, until the contacts hashed with them are erased. */
    Optional<List<String>> previousKeys();
}
