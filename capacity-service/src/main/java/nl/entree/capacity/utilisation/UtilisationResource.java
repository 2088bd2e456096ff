package nl.entree.capacity.utilisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;

@Path("/api/utilisation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Utilisation", description = "Open cases in hours against available staff hours; VT backlog")
public class UtilisationResource {

    private final UtilisationService service;
    private final Caller caller;

    public UtilisationResource(UtilisationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Committed against available hours over the next 4 weeks, per organisation")
    @APIResponse(responseCode = "200", description = "Per organisation; cases without a norm counted and named")
    @APIResponse(responseCode = "400", description = "Invalid organisation or region")
    @APIResponse(responseCode = "403", description = "A coordinator of another region")
    @APIResponse(responseCode = "503", description = "triage-service unavailable: no figure is given")
    public Utilisation utilisation(@QueryParam("org") String org, @QueryParam("region") String region) {
        // triage is asked with this service's token, which sees every region, so the caller's region is checked here.
        return service.compute(QueryParams.optionalEnum("org", org, Organisation.class),
                caller.regionWithin(QueryParams.optionalEnum("region", region, Region.class)));
    }
}
