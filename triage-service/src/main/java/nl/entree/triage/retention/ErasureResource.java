package nl.entree.triage.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.contract.ContactErasure;
import nl.entree.common.security.Roles;

@Path("/api/cases/erasures")
@Tag(name = "Cases")
public class ErasureResource {

    private final CaseErasure erasure;

    public ErasureResource(CaseErasure erasure) {
        this.erasure = erasure;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "intake-service erased a contact: forget the same of its case (idempotent)",
            description = "SUMMARY removes the free-text summary; EVERYTHING (an erasure on request) removes every "
                    + "field that could identify the person and keeps what statistics need.")
    @APIResponse(responseCode = "204", description = "Forgotten, or there was no case for this contact")
    @APIResponse(responseCode = "400", description = "The request is not valid")
    @APIResponse(responseCode = "403", description = "A service token, but not intake-service's")
    public Response forget(@Valid @NotNull ContactErasure request) {
        erasure.forget(request);
        return Response.noContent().build();
    }
}
