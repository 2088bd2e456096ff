package nl.entree.web.cases;

import java.util.OptionalInt;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.security.Roles;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.TimeEntry;
import nl.entree.web.backend.TimeEntryRequests;
import nl.entree.web.pages.Pages;

/**
 * Correcting hours logged on a case. capacity-service keeps the original and books the correction as a new entry
 * in its place; this page only asks what the entry should have said.
 */
@Path("/cases/{id}/hours/{entryId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEMANAGER)
public class HourCorrectionPages {

    private final CapacityClient capacity;
    private final Pages pages;
    private final Template correction;

    public HourCorrectionPages(@RestClient CapacityClient capacity, Pages pages,
            @Location("cases/correct-hours.html") Template correction) {
        this.capacity = capacity;
        this.pages = pages;
        this.correction = correction;
    }

    @GET
    public Response form(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        ServiceAnswer<TimeEntry> entry = entry(id, entryId);
        CaseForm typed = entry.ok() ? current(entry.value()) : null;
        return Response.status(entry.ok() ? 200 : 503).entity(page(id, entry, typed, ServiceRefusal.none())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId,
            @RestForm String time, @RestForm String date, @RestForm String activity) {
        CaseForm typed = CaseForm.hours(strip(time), strip(date), strip(activity));
        ServiceAnswer<TimeEntry> entry = entry(id, entryId);
        if (!entry.ok()) {
            return Response.status(503).entity(page(id, entry, typed, ServiceRefusal.unreachable())).build();
        }
        // 0 is allowed here: it withdraws hours logged on the wrong case.
        OptionalInt minutes = SpokenDuration.minutes(time, 0);
        if (minutes.isEmpty()) {
            return Response.status(400).entity(page(id, entry, typed, CasePages.refusedTime(time))).build();
        }
        TimeEntryRequests.Correction body = new TimeEntryRequests.Correction(minutes.getAsInt(),
                typed.date().isEmpty() ? null : typed.date(), typed.activity().isEmpty() ? null : typed.activity());
        try {
            capacity.correctTime(entryId.toString(), body);
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            return Response.status(rejection.unavailable() ? 503 : 400).entity(page(id, entry, typed, rejection))
                    .build();
        }
        return Pages.redirect("/cases/" + id + "?done=corrected").build();
    }

    /** The entry, but only as part of this case: an entry of another case under this address does not exist. */
    private ServiceAnswer<TimeEntry> entry(UUID id, UUID entryId) {
        ServiceAnswer<TimeEntry> entry = ServiceAnswer.load("capacity",
                () -> capacity.timeEntry(entryId.toString())).requireFound();
        if (entry.ok() && !id.equals(entry.value().caseId())) {
            throw new NotFoundException();
        }
        return entry;
    }

    private TemplateInstance page(UUID id, ServiceAnswer<TimeEntry> entry, CaseForm typed,
            ServiceRefusal rejection) {
        return pages.of(correction)
                .data("caseId", id.toString())
                .data("entry", entry)
                .data("now", new HoursOnCase.Duration(entry.ok() ? entry.value().minutes() : 0))
                .data("typed", typed)
                .data("rejection", rejection)
                .data("activities", CasePages.ACTIVITIES);
    }

    private static CaseForm current(TimeEntry entry) {
        return CaseForm.hours(SpokenDuration.asTyped(entry.minutes()), String.valueOf(entry.date()),
                String.valueOf(entry.activity()));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
