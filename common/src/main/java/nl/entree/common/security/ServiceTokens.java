package nl.entree.common.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;

/**
 * Short-lived tokens with the role {@code service} (or, in the public front door, {@code public}), reused until
 * shortly before they expire.
 */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenConfig config;
    /**
     * Real time, never the injected {@code Clock}: smallrye-jwt checks {@code exp} against the system clock, and a
     * test that moves the business clock must not issue tokens that other services see as issued in the future.
     */
    private final Clock clock = Clock.systemUTC();
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    public ServiceTokens(ServiceTokenConfig config) {
        this.config = config;
    }

    public String current() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(renewAfter)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAfter)) {
                    long lifetime = config.lifetime().toSeconds();
                    token = Jwt.issuer(config.issuer())
                            .audience(config.audience())
                            .subject(config.subject())
                            .upn(config.subject())
                            .groups(Set.of(config.role()))
                            .issuedAt(now)
                            .expiresAt(now.plusSeconds(lifetime))
                            .sign();
                    renewAfter = now.plusSeconds(lifetime / 2);
                }
            }
        }
        return token;
    }
}
