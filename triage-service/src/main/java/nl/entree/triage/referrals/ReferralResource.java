package nl.entree.triage.referrals;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.security.Roles;
import nl.entree.triage.referrals.ReferralViews.ReferralView;

@Path("/api/cases/{id}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onward referrals", description = "Help beyond the six organisations, and how long people wait for it")
public class ReferralResource {

    private static final String NO_STORE = "no-store";

    private final ReferralService referrals;

    public ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @GET
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @Operation(summary = "The case's referrals onward, oldest first")
    @APIResponse(responseCode = "200", description = "The referrals")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    public Response ofCase(@PathParam("id") UUID id) {
        return Response.ok(referrals.ofCase(id)).header("Cache-Control", NO_STORE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Refer the person on: GGZ, GP, police report, Perspectief Herstelbemiddeling, Wmo or other",
            description = "By a casemanager of the lead or a supporting organisation, once the case is accepted.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the referral")
    @APIResponse(responseCode = "400", description = "kind or askedOn is missing, unknown, in the future or before "
            + "the report")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    @APIResponse(responseCode = "409", description = "The case is not accepted")
    public Response refer(@PathParam("id") UUID id, @Valid @NotNull ReferralViews.NewReferral request) {
        ReferralView made = referrals.refer(id, request);
        return Response.created(URI.create("/api/cases/" + id + "/referrals/" + made.id())).entity(made)
                .header("Cache-Control", NO_STORE).build();
    }

    @POST
    @Path("/{referral}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Record that the provider accepted the referral, that the help started, or that it failed "
            + "and why, each on its day")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is missing or the day is not possible")
    @APIResponse(responseCode = "403", description = "Another organisation made the referral")
    @APIResponse(responseCode = "404", description = "No such case or referral, or not one of yours")
    @APIResponse(responseCode = "409", description = "It started or failed already")
    public Response progress(@PathParam("id") UUID id, @PathParam("referral") UUID referral,
            @Valid @NotNull ReferralViews.Progress request) {
        return Response.ok(referrals.progress(id, referral, request)).header("Cache-Control", NO_STORE).build();
    }
}
