package nl.entree.intake.crypto;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import nl.entree.common.security.Roles;
import nl.entree.common.web.QueryParams;

/** Step 2 and 3 of a key rotation (docs/deploy.md): re-encrypt, then see that nothing needs the old key. */
@Path("/api/encryption")
@Tag(name = "Encryption keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KeyRotationResource {

    private final KeyRotation rotation;

    public KeyRotationResource(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @GET
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "How many contacts' details each key encrypts",
            description = "A previous key may be removed once no contact is counted under it.")
    @APIResponse(responseCode = "200", description = "The current key, the configured keys and the counts")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public KeyRotation.KeyUsage usage() {
        return rotation.usage();
    }

    @POST
    @Path("/re-encrypt")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Re-encrypt up to batch contacts (default 500) from previous keys to the current key",
            description = "Call until remainingUnderOtherKeys is 0. Each re-encrypted row is audited. A row that no "
                    + "configured key opens is left as it was, counted in unreadable, logged by id and audited as "
                    + "refused; the rest moves on.")
    @APIResponse(responseCode = "200", description = "How many were re-encrypted and how many remain")
    @APIResponse(responseCode = "400", description = "batch is not a number from 1 to 5000")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public KeyRotation.ReEncryption reEncrypt(@QueryParam("batch") String batch) {
        return rotation.reEncrypt(QueryParams.intInRange("batch", batch, 500, 1, 5000));
    }
}
