package nl.entree.intake.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Startup;
import io.smallrye.config.SmallRyeConfig;

import nl.entree.common.vocabulary.Organisation;

/**
 * Client codes are stored as a keyed hash, never as they were typed: HMAC-SHA256 under a secret key, so that a copy
 * of the database cannot be searched for a code someone knows or guesses. Stored form: {@code id:base64}, the id
 * naming the key. A code still matches exactly: a search hashes it under every configured key. A hash cannot be
 * re-keyed without the code itself, so a previous key stays configured until retention has erased the codes it made
 * (docs/deploy.md, "Rotating keys").
 */
// Started eagerly so that a missing or malformed key stops the service at boot, not at the first contact.
@Startup
@ApplicationScoped
public class ClientCodes {

    private static final String PERSON_LINK = "person-link\u0000";
    private static final String REQUEST = "request\u0000";

    private final KeyRing ring;

    public ClientCodes(ClientCodeConfig config) {
        ring = KeyRing.of(config.keyId(), config.key(), config.previousKeys(),
                "entree.client-code (ENTREE_CLIENT_CODE_KEY, _KEY_ID, _PREVIOUS_KEYS)");
    }

    /** The stored form of a code, under the current key; null stays null. */
    public String hash(String code) {
        return code == null ? null : hash(ring.currentId(), ring.current(), code);
    }

    /** What the code would be stored as under each configured key: one of them matches if the code was stored. */
    public List<String> candidates(String code) {
        return ring.keys().entrySet().stream().map(k -> hash(k.getKey(), k.getValue(), code)).sorted().toList();
    }

    /**
     * What triage matches a person's cases by: a keyed hash of the code and the organisation that agreed it with the
     * client, under each configured key, salted with its purpose so that it matches no stored client code. Empty
     * without a code. A code is a pseudonym within its organisation: "K-7" at CSG and "K-7" at Fier are two people.
     */
    public List<String> personLinks(Organisation issuer, String code) {
        return code == null ? List.of() : ring.keys().entrySet().stream()
                .map(k -> hash(k.getKey(), k.getValue(), PERSON_LINK + issuer.name() + "\u0000" + code))
                .sorted().toList();
    }

    /**
     * A keyed hash of a request's canonical text, for its idempotency key. A request holds a phone number, an e-mail
     * address or a client code, and the rest of it is stored in the clear beside it: a plain SHA-256 could be
     * searched from a database copy by trying every 06-number. Salted with its purpose, it matches no client code.
     */
    public String requestHash(String canonical) {
        return HexFormat.of().formatHex(mac(ring.current(), REQUEST + canonical));
    }

    /** Whether {@code stored} is that hash under any configured key: a key may be rotated while a retry is pending. */
    public boolean isRequestHash(String stored, String canonical) {
        return ring.keys().values().stream()
                .anyMatch(key -> HexFormat.of().formatHex(mac(key, REQUEST + canonical)).equals(stored));
    }

    /** For the migration that hashed the codes stored in plain text before: the same keys from the same settings. */
    public static ClientCodes fromSettings() {
        return new ClientCodes(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(ClientCodeConfig.class));
    }

    static String hash(byte keyId, byte[] key, String code) {
        return keyId + ":" + Base64.getEncoder().withoutPadding().encodeToString(mac(key, code));
    }

    private static byte[] mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
