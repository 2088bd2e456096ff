package nl.entree.common.security;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Signing out, in every service: the caller's own token goes on this service's denylist until it expires. A token
 * can end only its own session, so this needs no privilege beyond holding it. web calls it on every service when a
 * user signs out (docs/architecture.md, "Signing out").
 */
@Path("/api/session")
@Tag(name = "Session", description = "Ending the caller's session")
@IfBuildProperty(name = "entree.revoked-tokens.store", stringValue = "database", enableIfMissing = true)
public class SessionResource {

    private final JsonWebToken token;
    private final RevokedTokens revoked;

    public SessionResource(JsonWebToken token, RevokedTokens revoked) {
        this.token = token;
        this.revoked = revoked;
    }

    @POST
    @Path("/sign-out")
    @RolesAllowed({ Roles.CASEMANAGER, Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.EDITOR })
    @Operation(summary = "End the session of the token this request carries",
            description = "From now on this service refuses the token with 401, until it would have expired anyway.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void signOut() {
        revoked.revoke(token.getTokenID(), Instant.ofEpochSecond(token.getExpirationTime()));
    }
}
