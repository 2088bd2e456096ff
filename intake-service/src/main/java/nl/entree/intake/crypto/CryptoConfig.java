package nl.entree.intake.crypto;

import io.smallrye.config.ConfigMapping;

/** The AES-256 key for contact details, base64. Production reads it from {@code ENTREE_ENCRYPTION_KEY}. */
@ConfigMapping(prefix = "entree.crypto")
public interface CryptoConfig {

    String key();
}
