package nl.entree.capacity.norms;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.web.QueryParams;

@Path("/api/norms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hour norms", description = "Hours per case, versioned, with their source; missing norms stay explicit")
public class NormResource {

    private final NormService norms;
    private final Caller caller;

    public NormResource(NormService norms, Caller caller) {
        this.norms = norms;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.CASEMANAGER, Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Every case type with its norm on a date (default today), or status NO_NORM")
    @APIResponse(responseCode = "200", description = "One row per case type")
    @APIResponse(responseCode = "400", description = "The date is not valid")
    public List<NormView> all(@QueryParam("at") String date) {
        LocalDate at = QueryParams.optionalDate("at", date);
        return norms.all(at == null ? norms.today() : at);
    }

    @GET
    @Path("/{org}/{caseType}/history")
    @RolesAllowed({ Roles.CASEMANAGER, Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Every version of one norm, oldest first (empty when none was ever registered)")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "400", description = "The case type does not belong to the organisation")
    public List<NormView> history(@PathParam("org") Organisation org, @PathParam("caseType") CaseType caseType) {
        return norms.history(org, caseType);
    }

    @PUT
    @Path("/{org}/{caseType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Register a new version of a norm; it closes the version in force")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "400", description = "Invalid hours, date, or a case type of another organisation")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): a norm is national")
    @APIResponse(responseCode = "409", description = "The new version does not start after the one in force")
    public NormView register(@PathParam("org") Organisation org, @PathParam("caseType") CaseType caseType,
            @NotNull @Valid NormUpdate update) {
        return norms.register(org, caseType, update, caller);
    }

    @PUT
    @Path("/{org}/{caseType}/versions/{validFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Correct a version in place, with a reason; it keeps its dates, its old values its history")
    @APIResponse(responseCode = "200", description = "The corrected version with its corrections")
    @APIResponse(responseCode = "400", description = "Invalid hours, a missing reason, or a case type of another "
            + "organisation")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): a norm is national")
    @APIResponse(responseCode = "404", description = "No version of this norm starts on validFrom")
    public NormView correct(@PathParam("org") Organisation org, @PathParam("caseType") CaseType caseType,
            @PathParam("validFrom") String validFrom, @NotNull @Valid NormCorrection correction) {
        return norms.correct(org, caseType, QueryParams.requiredDate("validFrom", validFrom), correction, caller);
    }

    @DELETE
    @Path("/{org}/{caseType}/versions/{validFrom}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "Withdraw a version that has not started yet; the version before it runs on")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "A date that is not one, or a case type of another organisation")
    @APIResponse(responseCode = "403", description = "A token bound to a region (claim region): a norm is national")
    @APIResponse(responseCode = "404", description = "No version of this norm starts on validFrom")
    @APIResponse(responseCode = "409", description = "The version has started: correct it instead")
    public void withdraw(@PathParam("org") Organisation org, @PathParam("caseType") CaseType caseType,
            @PathParam("validFrom") String validFrom) {
        norms.withdraw(org, caseType, QueryParams.requiredDate("validFrom", validFrom), caller);
    }
}
