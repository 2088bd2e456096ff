package nl.entree.web.session;

import java.time.Duration;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A session the identity provider signed in, and that was signed out here, opens no page, also with a copy of its old
 * cookie. common's {@code RevokedTokenCheck} refuses the ID token's {@code jti}, but when quarkus-oidc's refresh near
 * the token's expiry fails (the refresh token was revoked at signing out), it keeps the old identity without that
 * check. So the provider's session is checked here as well, before every page and form ({@link SignedOutSessions}).
 */
public class RevokedSessionCheck {

    private final Viewer viewer;
    private final SecurityIdentity identity;
    private final SignedOutSessions signedOut;
    private final OidcSession oidcSession;

    public RevokedSessionCheck(Viewer viewer, SecurityIdentity identity, SignedOutSessions signedOut,
            OidcSession oidcSession) {
        this.viewer = viewer;
        this.identity = identity;
        this.signedOut = signedOut;
        this.oidcSession = oidcSession;
    }

    @ServerRequestFilter
    public void refuseSignedOutSession() {
        if (viewer.byProvider() && identity.getPrincipal() instanceof JsonWebToken idToken
                && signedOut.refuses(idToken)) {
            // Cleared, or signing in again would reopen this session instead of asking the provider.
            oidcSession.logout().await().atMost(Duration.ofSeconds(5));
            throw new AuthenticationFailedException("The session was signed out");
        }
    }
}
