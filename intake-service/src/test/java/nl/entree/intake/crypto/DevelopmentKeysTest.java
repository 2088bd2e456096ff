package nl.entree.intake.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/**
 * A production launch refuses the keys that are in the repository, current or previous, for either purpose. A unit
 * test: a service that refuses to start cannot be a {@code @QuarkusTest}.
 */
class DevelopmentKeysTest {

    /** The keys of application.properties' %dev and %test profiles. */
    private static final List<String> PROFILE_KEYS = List.of("1X8dpvq5g4T5hkiBPsVlHCNy+D6S2a8u2qyJqSVsRqg=",
            "KJam61PxwKMu+vd/7Mar5Tkmn0o2Ow2nxWiHLO4c2n0=", "2BuCgzsjXeY3YSejatQ3RFXgOO31I4l5mvGkkg0e9LY=",
            "s1Yq8IBFEFwzz8vAxPDd6EF31zAtNiMOxYdlo56q34A=");

    private static String ownKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String devOnlyKey(String file) throws IOException {
        try (InputStream in = DevelopmentKeysTest.class.getResourceAsStream("/dev-only-keys/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        }
    }

    private static KeyRing ring(String current, String... previous) {
        return KeyRing.of(2, current, previous.length == 0 ? Optional.empty() : Optional.of(List.of(previous)),
                DevelopmentKeys.ENCRYPTION);
    }

    @Test
    void aProductionLaunchRefusesEveryCommittedKeyAsCurrentOrPreviousForEitherPurpose() throws IOException {
        List<String> committed = new ArrayList<>(PROFILE_KEYS);
        committed.add(devOnlyKey("encryption-key.txt"));
        committed.add(devOnlyKey("client-code-key.txt"));
        for (String key : committed) {
            for (String setting : List.of(DevelopmentKeys.ENCRYPTION, DevelopmentKeys.CLIENT_CODE)) {
                IllegalStateException current = assertThrows(IllegalStateException.class,
                        () -> DevelopmentKeys.refuse(LaunchMode.NORMAL, false, ring(key), setting));
                assertTrue(current.getMessage().startsWith(setting + ": key id 2 "), current.getMessage());
                assertFalse(current.getMessage().contains(key), "the message names the key itself");
                IllegalStateException previous = assertThrows(IllegalStateException.class,
                        () -> DevelopmentKeys.refuse(LaunchMode.NORMAL, false, ring(ownKey(), "1:" + key), setting));
                assertTrue(previous.getMessage().contains("key id 1 "), previous.getMessage());
            }
        }
    }

    @Test
    void keysOfItsOwnStartAndSoDoDevelopmentKeysWhereThatIsMeant() {
        String development = PROFILE_KEYS.get(0);
        assertDoesNotThrow(() -> DevelopmentKeys.refuse(LaunchMode.NORMAL, false, ring(ownKey(), "1:" + ownKey()),
                DevelopmentKeys.ENCRYPTION));
        // bin/entree runs the packaged services on the development keys, and says so.
        assertDoesNotThrow(() -> DevelopmentKeys.refuse(LaunchMode.NORMAL, true, ring(development),
                DevelopmentKeys.ENCRYPTION));
        assertDoesNotThrow(() -> DevelopmentKeys.refuse(LaunchMode.DEVELOPMENT, false, ring(development),
                DevelopmentKeys.ENCRYPTION));
        assertDoesNotThrow(() -> DevelopmentKeys.refuse(LaunchMode.TEST, false, ring(development),
                DevelopmentKeys.ENCRYPTION));
    }
}
