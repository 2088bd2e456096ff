package nl.entree.common.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Service tokens: how this service identifies itself to the others, and how it recognises theirs. Their issuer and
 * key differ from the identity provider's (see {@link TokenVerifier}). The signing key is
 * {@code smallrye.jwt.sign.key.location}.
 */
@ConfigMapping(prefix = "entree.service-token")
public interface ServiceTokenConfig {

    /** The issuer of service tokens; never the identity provider's. */
    String issuer();

    /**
     * The public key (PEM or JWKS) that service tokens are verified with; never the identity provider's. Absent in
     * web, which takes no calls from services.
     */
    Optional<String> verifyKeyLocation();

    /** The audience the receiving services check. */
    String audience();

    /** The subject: this service's name. */
    @WithDefault("${quarkus.application.name}")
    String subject();

    @WithDefault("PT5M")
    Duration lifetime();

    /**
     * The one role the tokens carry: {@code service}, or {@code public} for the public front door, which signs with
     * a key and issuer of its own ({@link FrontDoorTokenConfig}).
     */
    @WithDefault(Roles.SERVICE)
    String role();
}
