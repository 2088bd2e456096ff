package nl.entree.triage.caseloads;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.contract.Caseloads;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;

@Path("/api/caseloads")
@Tag(name = "Caseloads", description = "Where the work is")
public class CaseloadResource {

    private final CaseStatistics statistics;

    public CaseloadResource(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @Operation(summary = "Open work per organisation: by case type and priority, overdue, waits and acceptance times",
            description = "overdue counts, per organisation, the open cases with a passed deadline it must act on: "
                    + "the lead for the offer's respondBy, and for a late milestone the organisation that records it "
                    + "now, as the milestones' open counts. A case the lists call overdue (overdue=true) may so count "
                    + "for a supporter only. A coordinator bound to a region sees that region only.")
    @APIResponse(responseCode = "200", description = "The caseloads")
    @APIResponse(responseCode = "400", description = "region is not valid")
    @APIResponse(responseCode = "403", description = "The role or region does not allow this")
    public Caseloads caseloads(@QueryParam("region") String region) {
        return statistics.caseloads(QueryParams.optionalEnum("region", region, Region.class));
    }

    @GET
    @Path("/regional-services")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @Operation(summary = "Open work per regional service (the centre in directory-service that leads each case)",
            description = "Cases whose regional service is not resolved yet, or unknown to the directory, are a line "
                    + "of their own per organisation; overdue as in the caseloads, for the lead (a supporter's late "
                    + "milestone is the supporter's). A coordinator bound to a region sees that region only.")
    @APIResponse(responseCode = "200", description = "The caseloads per regional service")
    @APIResponse(responseCode = "400", description = "region is not valid")
    @APIResponse(responseCode = "403", description = "The role or region does not allow this")
    public List<CaseStatistics.RegionalCaseload> byRegionalService(@QueryParam("region") String region) {
        return statistics.caseloadsByRegionalService(QueryParams.optionalEnum("region", region, Region.class));
    }
}
