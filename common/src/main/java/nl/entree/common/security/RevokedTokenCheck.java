package nl.entree.common.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A verified token of a session that was signed out is no token at all: 401, as if it had expired. Left out where no
 * token is ever verified ({@code entree.revoked-tokens.store=none}: the public front door).
 */
@ApplicationScoped
@UnlessBuildProperty(name = "entree.revoked-tokens.store", stringValue = "none", enableIfMissing = true)
public class RevokedTokenCheck implements SecurityIdentityAugmentor {

    private final RevokedTokens revoked;

    public RevokedTokenCheck(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getTokenID() == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (revoked.isRevoked(jwt.getTokenID())) {
                throw new AuthenticationFailedException("The session was signed out");
            }
            return identity;
        });
    }
}
