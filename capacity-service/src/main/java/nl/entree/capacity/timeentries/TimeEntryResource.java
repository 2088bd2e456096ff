package nl.entree.capacity.timeentries;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.common.web.IdempotencyKey;
import nl.entree.common.web.QueryParams;

@Path("/api/time-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time entries", description = "Hours registered on a case by its lead or a supporting organisation")
public class TimeEntryResource {

    private static final CacheControl NO_STORE;

    static {
        NO_STORE = new CacheControl();
        NO_STORE.setNoStore(true);
    }

    private final TimeEntryService entries;
    private final Caller caller;

    public TimeEntryResource(TimeEntryService entries, Caller caller) {
        this.entries = entries;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Register your organisation's time spent on a case it leads or supports")
    @APIResponse(responseCode = "201", description = "Registered (or, sent again with its Idempotency-Key, the entry "
            + "that key booked); Location points at the entry")
    @APIResponse(responseCode = "400", description = "Invalid entry")
    @APIResponse(responseCode = "403",
            description = "Not a casemanager of the case's lead or a supporting organisation")
    @APIResponse(responseCode = "404", description = "No such case for this caller")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key booked other hours")
    @APIResponse(responseCode = "503", description = "triage-service unavailable")
    public Response register(
            @Parameter(in = ParameterIn.HEADER, description = "One value per hours form; the same hours sent again "
                    + "with it are booked once")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull @Valid TimeEntryRequest request) {
        TimeEntryView created = entries.register(request, IdempotencyKey.optional(idempotencyKey), caller);
        return Response.created(URI.create("/api/time-entries/" + created.id()))
                .cacheControl(NO_STORE).entity(created).build();
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Correct an entry of your own organisation: a new entry replaces it, the original is kept")
    @APIResponse(responseCode = "201", description = "The correcting entry; Location points at it")
    @APIResponse(responseCode = "400", description = "Invalid correction")
    @APIResponse(responseCode = "404", description = "No such entry of the caller's organisation")
    @APIResponse(responseCode = "409", description = "The entry was corrected already; correct its correction")
    public Response correct(@PathParam("id") UUID id, @NotNull @Valid TimeEntryCorrection correction) {
        TimeEntryView created = entries.correct(id, correction, caller);
        return Response.created(URI.create("/api/time-entries/" + created.id()))
                .cacheControl(NO_STORE).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEMANAGER, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "The hours on one case: every entry, corrected ones included, and the total in force")
    @APIResponse(responseCode = "200", description = "The entries the caller may see (a casemanager: their own organisation's)")
    @APIResponse(responseCode = "400", description = "caseId missing or not a UUID")
    @APIResponse(responseCode = "404", description = "A regional coordinator asking for a case outside their region")
    @APIResponse(responseCode = "503", description = "triage-service unavailable (regional coordinators only)")
    public Response onCase(@QueryParam("caseId") String caseId) {
        CaseHours hours = entries.onCase(QueryParams.requiredUuid("caseId", caseId), caller)
                .orElseThrow(() -> ProblemException.notFound("Case"));
        return Response.ok(hours).cacheControl(NO_STORE).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEMANAGER, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(summary = "One time entry")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No such entry for this caller")
    public Response get(@PathParam("id") UUID id) {
        TimeEntryView entry = entries.find(id, caller).orElseThrow(() -> ProblemException.notFound("Time entry"));
        return Response.ok(entry).cacheControl(NO_STORE).build();
    }
}
