package nl.entree.web.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import nl.entree.web.WebConfig;

/**
 * The identity provider's sessions ({@code sid}) signed out through this web process, and when. An ID token of such a
 * session issued before the sign-out is refused ({@link RevokedSessionCheck}): a copy of the old cookie, whose ID
 * token quarkus-oidc keeps without common's denylist check when a refresh fails. One issued after it is a new sign-in,
 * even in the same provider session (its end-session page left unconfirmed), and is let in: refusing the whole
 * {@code sid} would send that user round between web and the provider's single sign-on. In memory, per pod, like
 * {@link MemoryRevokedTokens}.
 */
@ApplicationScoped
public class SignedOutSessions {

    private final Map<String, Instant> signedOut = new ConcurrentHashMap<>();
    /** Real time, as the tokens' own iat and exp are. */
    private final Clock clock = Clock.systemUTC();
    /** No ID token issued before a sign-out lives longer than a working session. */
    private final Duration kept;

    public SignedOutSessions(WebConfig config) {
        this.kept = Duration.ofHours(config.sessionHours());
    }

    public void signOut(String sid) {
        Instant now = clock.instant();
        signedOut.values().removeIf(at -> at.plus(kept).isBefore(now));
        signedOut.put(sid, now);
    }

    /** Whether {@code idToken} belongs to a provider session signed out here after it was issued. */
    public boolean refuses(JsonWebToken idToken) {
        Object sid = idToken.getClaim("sid");
        Instant at = sid == null ? null : signedOut.get(Viewer.text(sid).orElseThrow());
        return at != null && idToken.getIssuedAtTime() <= at.getEpochSecond();
    }
}
