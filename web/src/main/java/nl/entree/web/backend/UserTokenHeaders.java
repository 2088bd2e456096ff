package nl.entree.web.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The services see the signed-in user, not web: web forwards the user's token. Signed in through the identity
 * provider, that is the OIDC access token; signed in on the development page, the token in the session cookie.
 */
@ApplicationScoped
public class UserTokenHeaders implements ClientHeadersFactory {

    private final SecurityIdentity identity;

    public UserTokenHeaders(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        // Signing out names the token to revoke, from a thread that carries no request and so no identity to read.
        if (outgoing.containsKey(HttpHeaders.AUTHORIZATION)) {
            return headers;
        }
        String token = forServices(identity);
        if (token != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return headers;
    }

    /**
     * The token the services accept for this user, or null when nobody is signed in. Signing out revokes this one at
     * the services: under OIDC the session's principal is the ID token, which no service was ever sent.
     */
    public static String forServices(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access != null) {
            return access.getToken();
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getRawToken() : null;
    }
}
