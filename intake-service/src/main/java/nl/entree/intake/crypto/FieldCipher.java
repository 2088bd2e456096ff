package nl.entree.intake.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final byte currentKeyId;
    private final Map<Byte, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(CryptoConfig config) {
        Map<Byte, SecretKey> configured = new HashMap<>();
        currentKeyId = keyId(config.keyId(), "entree.crypto.key-id (ENTREE_ENCRYPTION_KEY_ID)");
        configured.put(currentKeyId, aesKey(config.key(), "entree.crypto.key (ENTREE_ENCRYPTION_KEY)"));
        String previousName = "entree.crypto.previous-keys (ENTREE_ENCRYPTION_PREVIOUS_KEYS)";
        for (String entry : config.previousKeys().orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(previousName + " must list id:base64 entries");
            }
            byte id;
            try {
                id = keyId(Integer.parseInt(entry.substring(0, colon).trim()), previousName);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(previousName + " has an id that is not a number");
            }
            if (configured.put(id, aesKey(entry.substring(colon + 1), previousName)) != null) {
                throw new IllegalStateException(previousName + " repeats key id " + id + " or the current one");
            }
        }
        keys = Map.copyOf(configured);
    }

    private static byte keyId(int id, String name) {
        if (id < 1 || id > Byte.MAX_VALUE) {
            throw new IllegalStateException(name + ": key ids run from 1 to 127");
        }
        return (byte) id;
    }

    private static SecretKey aesKey(String base64, String name) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes for AES-256");
        }
        return new SecretKeySpec(raw, "AES");
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

    public String decrypt(byte[] stored, String context) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Unknown ciphertext format");
        }
        SecretKey key = keys.get(stored[0]);
        if (key == null) {
            throw new IllegalStateException("Encrypted with key id " + stored[0] + ", which is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key or tampered value");
        }
    }
}
