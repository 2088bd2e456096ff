package nl.entree.common.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;

/** Short-lived tokens with the role {@code service}, reused until shortly before they expire. */
@ApplicationScoped
public class ServiceTokens {

    private final ServiceTokenConfig config;
    private final Clock clock;
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    public ServiceTokens(ServiceTokenConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
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
                            .groups(Set.of(Roles.SERVICE))
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
