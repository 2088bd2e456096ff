package nl.entree.web.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import nl.entree.common.security.RevokedTokens;

/**
 * web's own part of the denylist: the sessions signed out through this web process. It is all the state web keeps,
 * and it needs no more: a signed-out cookie shown to another web pod gets no data there either, because every
 * service refuses the token (web told each of them, {@link SignOutEverywhere}), and web treats that as signed out.
 */
@ApplicationScoped
public class MemoryRevokedTokens implements RevokedTokens {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    /** Real time, as the token's own expiry is checked: a test's moved business clock must not purge live entries. */
    private final Clock clock = Clock.systemUTC();

    @Override
    public boolean isRevoked(String tokenId) {
        return revoked.containsKey(tokenId);
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        Instant now = clock.instant();
        revoked.values().removeIf(expiry -> expiry.isBefore(now));
        revoked.put(tokenId, expiresAt);
    }
}
