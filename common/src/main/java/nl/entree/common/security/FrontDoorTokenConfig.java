package nl.entree.common.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * How a service recognises the public front door's tokens (role {@code public}, see {@link TokenVerifier}): an issuer
 * and key of their own, so that a front door that is broken into can sign neither a service nor a user.
 */
@ConfigMapping(prefix = "entree.front-door-token")
public interface FrontDoorTokenConfig {

    String issuer();

    /** Set only where the front door calls: intake, triage and directory. Elsewhere such a token is refused. */
    Optional<String> verifyKeyLocation();
}
