package nl.entree.forecast.events;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.security.Roles;
import nl.entree.forecast.events.EventApi.EventView;
import nl.entree.forecast.events.EventApi.NewEvent;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Media events, campaigns and laws that move the counts")
public class EventResource {

    /** An event masks its months in every series it names, of every region: not one region's coordinator's to set. */
    private static final String EVERY_FORECAST = "An event changes the forecasts of every region";

    private final EventService events;
    private final Caller caller;

    public EventResource(EventService events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "List the events, oldest first")
    @APIResponse(responseCode = "200", description = "the events")
    public List<EventView> list() {
        return events.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN})
    @Operation(summary = "One event")
    @APIResponse(responseCode = "200", description = "the event")
    @APIResponse(responseCode = "404", description = "no such event")
    public EventView get(@PathParam("id") long id) {
        return events.find(id).orElseThrow(() -> ProblemException.notFound("Event " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Add an event",
            description = "A MEDIA, CAMPAIGN or OTHER event needs a to, at most 12 months after from; a LAW may "
                    + "have none.")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "400", description = "invalid event")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public Response create(@Valid @NotNull NewEvent request) {
        caller.requireNational(EVERY_FORECAST);
        EventView created = events.create(request);
        return Response.created(URI.create("/api/events/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Remove an event: its months count again in the forecasts made after")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such event")
    @APIResponse(responseCode = "403", description = "a coordinator bound to one region: this acts on every region")
    public void delete(@PathParam("id") long id) {
        caller.requireNational(EVERY_FORECAST);
        events.delete(id);
    }
}
