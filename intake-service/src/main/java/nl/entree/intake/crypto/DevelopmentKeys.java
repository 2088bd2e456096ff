package nl.entree.intake.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * Refuses to start a normal launch on a key committed to the repository (support's {@code dev-only-keys} and the
 * {@code %dev} and {@code %test} keys of application.properties), as the encryption key or the client-code key,
 * current or previous: anyone can read those, so contact details sealed with one are as good as plain text, and
 * client codes hashed with one can be searched for in a copy of the database. The keys are known here by their
 * SHA-256 fingerprints, so that this class does not hand them out once more. Dev and test mode run on them on purpose,
 * and so does {@code bin/entree}, with {@link DevelopmentKeysConfig#allowed()}.
 */
// Started eagerly so that the service stops at boot, before it seals or hashes anything.
@Startup
@ApplicationScoped
public class DevelopmentKeys {

    /** The development and test keys of both purposes: a key of one given for the other is as public. */
    private static final Set<String> FINGERPRINTS = Set.of(
            "804c1f4ef2d602ad332edf98c8d688a6fc36fd24338b921d00a7a9e0b2bfbaf6",
            "0e5be11611f8b245860df4a59b829627ecb8d0ad5215fc84575f722eb1c6e9c8",
            "9d2ce2e2a6760965eb93be92dc5d987faaa3021c274394bcc56b46663ad6a120",
            "d8cfab94eb328e4c66e1bf395f053127dabf8a1d2dab31df750ebbafadc8fb9d");

    static final String ENCRYPTION = "entree.crypto (ENTREE_ENCRYPTION_KEY, _PREVIOUS_KEYS)";
    static final String CLIENT_CODE = "entree.client-code (ENTREE_CLIENT_CODE_KEY, _PREVIOUS_KEYS)";

    DevelopmentKeys(CryptoConfig crypto, ClientCodeConfig clientCodes, DevelopmentKeysConfig config) {
        refuse(LaunchMode.current(), config.allowed(),
                KeyRing.of(crypto.keyId(), crypto.key(), crypto.previousKeys(), ENCRYPTION), ENCRYPTION);
        refuse(LaunchMode.current(), config.allowed(),
                KeyRing.of(clientCodes.keyId(), clientCodes.key(), clientCodes.previousKeys(), CLIENT_CODE),
                CLIENT_CODE);
    }

    /** Throws, naming the setting and the key's id but never the key, when a normal launch may not use the ring. */
    static void refuse(LaunchMode mode, boolean allowed, KeyRing ring, String setting) {
        if (mode != LaunchMode.NORMAL || allowed) {
            return;
        }
        ring.keys().entrySet().stream().filter(key -> FINGERPRINTS.contains(fingerprint(key.getValue())))
                .map(Map.Entry::getKey).sorted().findFirst().ifPresent(id -> {
                    throw new IllegalStateException(setting + ": key id " + id + " is a development key that is "
                            + "in the repository, so anyone can read what it protects. Give this service a key of its "
                            + "own (openssl rand -base64 32); ENTREE_DEVELOPMENT_KEYS_ALLOWED=true is for a local run "
                            + "only, such as bin/entree up.");
                });
    }

    private static String fingerprint(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
