package nl.entree.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.jwt.util.KeyUtils;

/** A rotated key file under a running service must not give tokens that its callees refuse. */
class ServiceTokensTest {

    private static final Path KEYS = Path.of("../support/src/main/resources/dev-only-keys");

    @TempDir
    Path mounted;

    @Test
    void aKeyFileReplacedUnderARunningServiceDoesNotChangeWhatItSignsWithUntilItRestarts() throws Exception {
        Path key = mounted.resolve("service-signing-key.pem");
        Files.copy(KEYS.resolve("service-private.pem"), key);
        var now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        var tokens = new ServiceTokens(config(), () -> Optional.of(key.toString()),
                () -> Optional.of("entree-service-1"), clock);
        String first = tokens.current();

        // The kubelet swaps the mounted Secret's file for the next key, which goes with another kid.
        Files.copy(KEYS.resolve("forger-private.pem"), key, StandardCopyOption.REPLACE_EXISTING);
        now.set(now.get().plus(Duration.ofMinutes(3)));
        String renewed = tokens.current();

        assertNotEquals(first, renewed, "the token was renewed");
        for (String token : new String[] {first, renewed}) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(token);
            jws.setKey(KeyUtils.decodePublicKey(Files.readString(KEYS.resolve("service-public.pem"))));
            assertEquals("entree-service-1", jws.getKeyIdHeaderValue());
            assertTrue(jws.verifySignature(), "a token labelled entree-service-1 is signed with that key");
        }
    }

    private static ServiceTokenConfig config() {
        return new ServiceTokenConfig() {
            @Override
            public String issuer() {
                return "urn:entree:services";
            }

            @Override
            public Optional<String> verifyKeyLocation() {
                return Optional.empty();
            }

            @Override
            public String audience() {
                return "entree";
            }

            @Override
            public String subject() {
                return "capacity-service";
            }

            @Override
            public Duration lifetime() {
                return Duration.ofMinutes(5);
            }

            @Override
            public String role() {
                return Roles.SERVICE;
            }
        };
    }
}
