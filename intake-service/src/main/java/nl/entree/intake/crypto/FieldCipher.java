package nl.entree.intake.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/**
 * AES-256-GCM for single values. Stored form: the id of the key (one byte), a random 96-bit IV, then ciphertext
 * with its 128-bit tag. The associated data binds each value to its row and field, so a ciphertext copied into
 * another row or column no longer decrypts. New values always use the current key; previous keys only decrypt,
 * which is what lets the key be rotated while the service runs.
 */
// Started eagerly so that a missing or malformed key stops the service at boot, not at the first contact.
@Startup
@ApplicationScoped
public class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * A stored value that no configured key opens: damaged, copied from another row or field, or sealed with a key
     * that is no longer configured. The message names the key id at most, never the value.
     */
    public static final class UnreadableValue extends IllegalStateException {

        UnreadableValue(String message) {
            super(message);
        }
    }

    private final byte currentKeyId;
    private final Map<Byte, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(CryptoConfig config) {
        KeyRing ring = KeyRing.of(config.keyId(), config.key(), config.previousKeys(),
                "entree.crypto (ENTREE_ENCRYPTION_KEY, _KEY_ID, _PREVIOUS_KEYS)");
        currentKeyId = ring.currentId();
        Map<Byte, SecretKey> aes = new HashMap<>();
        ring.keys().forEach((id, raw) -> aes.put(id, new SecretKeySpec(raw, "AES")));
        keys = Map.copyOf(aes);
    }

    public byte currentKeyId() {
        return currentKeyId;
    }

    /** The ids of every configured key, the current one included. */
    public Set<Byte> keyIds() {
        return keys.keySet();
    }

    public byte[] encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(currentKeyId).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** @throws UnreadableValue when no configured key opens the value in this context */
    public String decrypt(byte[] stored, String context) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableValue("Unknown ciphertext format");
        }
        SecretKey key = keys.get(stored[0]);
        if (key == null) {
            throw new UnreadableValue("Encrypted with key id " + stored[0] + ", which is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableValue("Decryption failed: wrong key or tampered value");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }
}
