package nl.entree.common.security;

import java.time.Instant;

/**
 * The tokens of sessions that were signed out before their token expired: the {@code jti} denylist. An entry lives
 * until the token would have expired, after which the token is refused anyway. {@link RevokedTokenCheck} refuses
 * every token on it, in every service and in web.
 */
public interface RevokedTokens {

    boolean isRevoked(String tokenId);

    void revoke(String tokenId, Instant expiresAt);
}
