package nl.entree.web.session;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.WebConfig;

/**
 * Development tokens, signed with the key at {@code smallrye.jwt.sign.key.location}. The services verify them exactly
 * as they verify the identity provider's tokens: issuer, audience, signature, and the claims groups, org and region.
 */
@ApplicationScoped
public class DevTokens {

    private final String issuer;
    private final String audience;
    private final WebConfig config;

    public DevTokens(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "entree") String audience, WebConfig config) {
        this.issuer = issuer;
        this.audience = audience;
        this.config = config;
    }

    public String mint(String role, Organisation organisation, Region region) {
        String subject = role + (organisation == null ? "" : "-" + organisation.name().toLowerCase()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(config.sessionHours()));
        if (organisation != null) {
            claims.claim("org", organisation.name());
        }
        if (region != null) {
            claims.claim("region", region.name());
        }
        return claims.sign();
    }

    /**
     * A fresh session for the same person, role, organisation and region, so the audit trail keeps one actor. The
     * old token is left to expire (it has minutes left): revoking it would fail requests still in flight with it.
     */
    public Renewed renew(JsonWebToken current) {
        String tokenId = UUID.randomUUID().toString();
        JwtClaimsBuilder claims = Jwt.claim(Claims.jti, tokenId)
                .issuer(issuer)
                .audience(audience)
                .subject(current.getSubject())
                .upn(current.getSubject())
                .groups(current.getGroups())
                .expiresIn(Duration.ofHours(config.sessionHours()));
        for (String name : List.of("org", "region")) {
            Object value = current.getClaim(name);
            if (value != null) {
                claims.claim(name, value instanceof jakarta.json.JsonString s ? s.getString() : value.toString());
            }
        }
        return new Renewed(claims.sign(), tokenId);
    }

    /** A renewed session token and its {@code jti}, to which the page's forms are bound from now on. */
    public record Renewed(String token, String tokenId) {
    }

    public int maxAgeSeconds() {
        return config.sessionHours() * 3600;
    }
}
