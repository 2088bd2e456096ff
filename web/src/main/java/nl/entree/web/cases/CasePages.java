package nl.entree.web.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.security.Roles;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.Panel;
import nl.entree.web.backend.Rejection;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.directory.HowToReach;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Csrf;
import nl.entree.web.session.Viewer;

/** Screen 2: the cases of the casemanager's organisation, and one case with what can be done to it. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class CasePages {

    static final List<String> ACTIVITIES = List.of("INTAKE", "CASEMANAGEMENT", "CONSULTATION", "TRAVEL", "OTHER");

    private final TriageClient triage;
    private final CapacityClient capacity;
    private final HowToReach howToReach;
    private final Pages pages;
    private final Csrf csrf;
    private final CaseList caseList;
    private final Viewer viewer;
    private final Template detail;

    public CasePages(@RestClient TriageClient triage, @RestClient CapacityClient capacity, HowToReach howToReach,
            Pages pages, Csrf csrf, CaseList caseList, Viewer viewer,
            @Location("cases/detail.html") Template detail) {
        this.triage = triage;
        this.capacity = capacity;
        this.howToReach = howToReach;
        this.pages = pages;
        this.csrf = csrf;
        this.caseList = caseList;
        this.viewer = viewer;
        this.detail = detail;
    }

    @GET
    public Response cases(@QueryParam("status") String status, @QueryParam("priority") String priority,
            @QueryParam("overdue") String overdue, @QueryParam("region") String region,
            @QueryParam("sort") String sort, @QueryParam("pagina") String page, @QueryParam("done") String done) {
        Map<String, String> invalid = new LinkedHashMap<>();
        CaseFilters filters = CaseFilters.read(status, priority, overdue, region, sort, page, invalid);
        return caseList.filtered(pages, filters, invalid, done);
    }

    /** A POST, because a client code is about a person and never belongs in an address or a log. */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@RestForm String csrf, @RestForm String q) {
        this.csrf.verify(csrf);
        return caseList.searched(pages, viewer, q);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, null, null);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id, @RestForm String csrf) {
        this.csrf.verify(csrf);
        return act(id, "accept", "accepted", () -> triage.accept(id.toString()));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String reason) {
        this.csrf.verify(csrf);
        // A declined case leaves the casemanager's organisation, so its page would say "not found": back to the list.
        return act(id, "decline", () -> triage.decline(id.toString(), Map.of("reason", text(reason))),
                "/cases?done=declined");
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String outcome) {
        this.csrf.verify(csrf);
        return act(id, "close", "closed", () -> triage.close(id.toString(), Map.of("outcome", text(outcome))));
    }

    @POST
    @Path("/{id}/hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logHours(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String caseType,
            @RestForm String minutes, @RestForm String date, @RestForm String activity) {
        this.csrf.verify(csrf);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("caseId", id.toString());
        entry.put("caseType", blankToNull(caseType));
        entry.put("minutes", blankToNull(minutes));
        entry.put("date", blankToNull(date));
        entry.put("activity", blankToNull(activity));
        return act(id, "hours", "hours", () -> capacity.logTime(entry));
    }

    private Response act(UUID id, String action, String done, Supplier<Object> call) {
        return act(id, action, call, "/cases/" + id + "?done=" + done);
    }

    private Response act(UUID id, String action, Supplier<Object> call, String next) {
        try {
            call.get();
        } catch (RuntimeException e) {
            Rejection rejection = Rejection.of(e);
            return Response.status(rejection.unavailable() ? 503 : 400).entity(page(id, null, action, rejection))
                    .build();
        }
        return Pages.redirect(next).build();
    }

    private TemplateInstance page(UUID id, String done, String failedAction, Rejection rejection) {
        Panel<Map<String, Object>> found = Panel.load("triage", () -> triage.caseById(id.toString())).requireFound();
        return pages.of(detail)
                .data("c", found)
                .data("reach", found.ok() ? howToReach.forCase(found.value()) : null)
                .data("done", done)
                .data("failedAction", failedAction)
                .data("rejection", rejection == null ? Rejection.none() : rejection)
                .data("activities", ACTIVITIES)
                .data("today", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
