package nl.entree.intake.support;

import java.util.List;
import java.util.Optional;

import nl.entree.intake.crypto.CryptoConfig;
import nl.entree.intake.crypto.FieldCipher;

/**
 * Encryption keys as a rotation meets them. {@code %test} runs mid-rotation: key 2 seals, and the development key,
 * id 1, only opens; a value sealed with {@link #previous()} stands for one a rotation has yet to move.
 */
public final class TestKeys {

    public static final String DEVELOPMENT_KEY = "1X8dpvq5g4T5hkiBPsVlHCNy+D6S2a8u2qyJqSVsRqg=";

    private TestKeys() {
    }

    /** Seals with key 1 alone, as intake did before the rotation began. */
    public static FieldCipher previous() {
        return new FieldCipher(config(1, DEVELOPMENT_KEY));
    }

    public static CryptoConfig config(int currentId, String current, String... previous) {
        return new CryptoConfig() {
            @Override
            public String key() {
                return current;
            }

            @Override
            public int keyId() {
                return currentId;
            }

            @Override
            public Optional<List<String>> previousKeys() {
                return previous.length == 0 ? Optional.empty() : Optional.of(List.of(previous));
            }
        };
    }
}
