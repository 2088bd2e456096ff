package nl.entree.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Short-lived tokens with the role {@code service} (or, in the public front door, {@code public}), reused until
 * shortly before they expire.
 * <p>
 * The signing key is read once, with the {@code kid} it goes with. smallrye-jwt's own {@code sign()} reads the key
 * file at every token while the {@code kid} stays what the pod started with: a Secret rotated under running pods
 * (Kubernetes replaces the mounted file) would give tokens of the new key labelled as the old one, which every
 * callee refuses until each pod restarts. A pod now signs with one key and its own {@code kid} until it restarts.
 */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenConfig config;
    /** Read at the first token, as smallrye-jwt reads them: a module that signs none needs no key. */
    private final Supplier<Optional<String>> keyLocation;
    private final Supplier<Optional<String>> keyId;
    /**
     * Real time, never the injected {@code Clock}: smallrye-jwt checks {@code exp} against the system clock, and a
     * test that moves the business clock must not issue tokens that other services see as issued in the future.
     */
    private final Clock clock;
    private PrivateKey key;
    private Optional<String> kid;
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    @Inject
    public ServiceTokens(ServiceTokenConfig config) {
        this(config, () -> setting("smallrye.jwt.sign.key.location"), () -> setting("smallrye.jwt.sign.key.id"),
                Clock.systemUTC());
    }

    ServiceTokens(ServiceTokenConfig config, Supplier<Optional<String>> keyLocation, Supplier<Optional<String>> keyId,
            Clock clock) {
        this.config = config;
        this.keyLocation = keyLocation;
        this.keyId = keyId;
        this.clock = clock;
    }

    public String current() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(renewAfter)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAfter)) {
                    long lifetime = config.lifetime().toSeconds();
                    var signature = Jwt.issuer(config.issuer())
                            .audience(config.audience())
                            .subject(config.subject())
                            .upn(config.subject())
                            .groups(Set.of(config.role()))
                            .issuedAt(now)
                            .expiresAt(now.plusSeconds(lifetime))
                            .jws();
                    PrivateKey signingKey = key();
                    kid.ifPresent(signature::keyId);
                    token = signature.sign(signingKey);
                    renewAfter = now.plusSeconds(lifetime / 2);
                }
            }
        }
        return token;
    }

    private PrivateKey key() {
        if (key == null) {
            String location = keyLocation.get().orElseThrow(() -> new IllegalStateException(
                    "smallrye.jwt.sign.key.location is not set: this service signs no tokens"));
            try {
                // A file, else a class path resource, as smallrye-jwt reads the location itself.
                String pem = ResourceUtils.readResource(location);
                if (pem == null) {
                    throw new IllegalStateException("No signing key at smallrye.jwt.sign.key.location");
                }
                key = KeyUtils.decodePrivateKey(pem);
                kid = keyId.get();
            } catch (IOException e) {
                throw new UncheckedIOException("The signing key could not be read", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The signing key is not a private key", e);
            }
        }
        return key;
    }

    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
