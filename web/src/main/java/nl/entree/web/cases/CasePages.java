package nl.entree.web.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.IntakeClient;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.directory.HowToReach;
import nl.entree.web.directory.Reach;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Csrf;
import nl.entree.web.session.Viewer;

/** Screen 2: the cases of the casemanager's organisation, and one case with what can be done to it. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class CasePages {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> RECORDABLE = List.of("OPEN", "AT_RISK", "OVERDUE");
    /** As triage-service's ReferralKind and FailureReason name them (docs/triage.md, "Onward referrals"). */
    static final List<String> REFERRAL_KINDS = List.of("GGZ", "GP", "POLICE_REPORT",
            "PERSPECTIEF_HERSTELBEMIDDELING", "WMO", "OTHER");
    static final List<String> FAILURE_REASONS = List.of("PERSON_DECLINED", "PERSON_NOT_REACHED", "NOT_ELIGIBLE",
            "NO_CAPACITY", "NOT_AVAILABLE_IN_REGION", "OTHER");
    static final List<String> ACTIVITIES = List.of("INTAKE", "CASEMANAGEMENT", "CONSULTATION", "TRAVEL", "OTHER");

    private final TriageClient triage;
    private final CapacityClient capacity;
    private final IntakeClient intake;
    private final HowToReach howToReach;
    private final Pages pages;
    private final Csrf csrf;
    private final CaseList caseList;
    private final Viewer viewer;
    private final Clock clock;
    private final Template detail;
    private final Template confirm;

    public CasePages(@RestClient TriageClient triage, @RestClient CapacityClient capacity,
            @RestClient IntakeClient intake, HowToReach howToReach, Pages pages, Csrf csrf, CaseList caseList,
            Viewer viewer, Clock clock, @Location("cases/detail.html") Template detail,
            @Location("cases/confirm.html") Template confirm) {
        this.triage = triage;
        this.capacity = capacity;
        this.intake = intake;
        this.howToReach = howToReach;
        this.pages = pages;
        this.csrf = csrf;
        this.caseList = caseList;
        this.viewer = viewer;
        this.clock = clock;
        this.detail = detail;
        this.confirm = confirm;
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
        return page(id, done, null, ServiceRefusal.none(), CaseForm.empty(today()));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id, @RestForm String csrf) {
        this.csrf.verify(csrf);
        return act(id, "accept", "accepted", () -> triage.accept(id.toString()), CaseForm.empty(today()));
    }

    /**
     * Declining cannot be undone by the casemanager (the case leaves the organisation), so the first post only asks
     * "Weet u zeker…?" on a page of its own: a confirmation that works without script, as GOV.UK does it.
     */
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String reason) {
        this.csrf.verify(csrf);
        return confirmation(id, "decline", "reason", text(reason));
    }

    @POST
    @Path("/{id}/decline/confirmed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declineConfirmed(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String reason) {
        this.csrf.verify(csrf);
        // A declined case leaves the casemanager's organisation, so its page would say "not found": back to the list.
        return act(id, "decline", () -> triage.decline(id.toString(), Map.of("reason", text(reason))),
                "/cases?done=declined", CaseForm.empty(today()).withReason(text(reason)));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String outcome) {
        this.csrf.verify(csrf);
        return confirmation(id, "close", "outcome", text(outcome));
    }

    @POST
    @Path("/{id}/close/confirmed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeConfirmed(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String outcome) {
        this.csrf.verify(csrf);
        return act(id, "close", "closed", () -> triage.close(id.toString(), Map.of("outcome", text(outcome))),
                CaseForm.empty(today()).withOutcome(text(outcome)));
    }

    @POST
    @Path("/{id}/hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logHours(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String caseType,
            @RestForm String time, @RestForm String date, @RestForm String activity) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.hours(text(time), text(date), text(activity));
        OptionalInt minutes = SpokenDuration.minutes(time);
        if (minutes.isEmpty()) {
            // Said here, before capacity is asked: capacity knows minutes only and would name a number it never got.
            return Response.status(400).entity(page(id, null, "hours", ServiceRefusal.onField("minutes"), typed)).build();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("caseId", id.toString());
        entry.put("caseType", blankToNull(caseType));
        entry.put("minutes", minutes.getAsInt());
        entry.put("date", blankToNull(date));
        entry.put("activity", blankToNull(activity));
        return act(id, "hours", "hours", () -> capacity.logTime(entry), typed);
    }

    /** A milestone done, on the day the casemanager says; triage checks who may and which days are possible. */
    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordMilestone(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String milestone,
            @RestForm String doneOn) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.empty(today()).withMilestone(text(milestone), text(doneOn));
        if (typed.milestone().isEmpty()) {
            return Response.status(400).entity(page(id, null, "milestone", ServiceRefusal.onField("milestone"), typed))
                    .build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("doneOn", blankToNull(doneOn));
        return act(id, "milestone", "milestone", () -> triage.recordMilestone(id.toString(), typed.milestone(), body),
                typed);
    }

    @POST
    @Path("/{id}/supporters/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeSupport(@PathParam("id") UUID id, @RestForm String csrf) {
        this.csrf.verify(csrf);
        return act(id, "acknowledge", "acknowledged", () -> triage.acknowledgeSupport(id.toString()),
                CaseForm.empty(today()));
    }

    /** A coordinator asks another organisation to support the lead; triage names what is missing. */
    @POST
    @Path("/{id}/supporters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSupporter(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String organisation,
            @RestForm String reason) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.empty(today()).withSupporter(text(organisation), text(reason));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", blankToNull(organisation));
        body.put("reason", text(reason));
        return act(id, "supporter", "supporter-added", () -> triage.addSupporter(id.toString(), body), typed);
    }

    @POST
    @Path("/{id}/supporters/{organisation}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSupporter(@PathParam("id") UUID id, @PathParam("organisation") String organisation,
            @RestForm String csrf, @RestForm String reason) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.empty(today()).withSupporter(organisation, text(reason));
        return act(id, "remove-" + organisation, "supporter-removed", () -> triage.removeSupporter(id.toString(),
                organisation, Map.of("reason", text(reason))), typed);
    }

    @POST
    @Path("/{id}/referrals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String kind,
            @RestForm String askedOn) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.empty(today()).withReferral(text(kind), "", text(askedOn), "");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", blankToNull(kind));
        body.put("askedOn", blankToNull(askedOn));
        return act(id, "referral", "referred", () -> triage.refer(id.toString(), body), typed);
    }

    @POST
    @Path("/{id}/referrals/{referral}/progress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response referralProgress(@PathParam("id") UUID id, @PathParam("referral") UUID referral,
            @RestForm String csrf, @RestForm String step, @RestForm String on, @RestForm String reason) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.empty(today()).withReferral("", text(step), text(on), text(reason));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", blankToNull(step));
        body.put("on", blankToNull(on));
        body.put("reason", blankToNull(reason));
        return act(id, "progress-" + referral, "referral-progress", () -> triage.referralProgress(id.toString(),
                referral.toString(), body), typed);
    }

    /** A milestone recorded on the wrong day; triage keeps the day it had in the history. */
    @POST
    @Path("/{id}/milestones/{code}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctMilestone(@PathParam("id") UUID id, @PathParam("code") String code, @RestForm String csrf,
            @RestForm String doneOn, @RestForm String reason) {
        this.csrf.verify(csrf);
        CaseForm typed = CaseForm.empty(today()).withMilestone(code, text(doneOn)).withReason(text(reason));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("doneOn", blankToNull(doneOn));
        body.put("reason", text(reason));
        return act(id, "correct-" + code, "milestone-corrected", () -> triage.correctMilestone(id.toString(), code,
                body), typed);
    }

    /** The "Weet u zeker…?" page, or the case page with the field named when there is nothing to confirm yet. */
    private Response confirmation(UUID id, String action, String field, String text) {
        CaseForm typed = action.equals("decline") ? CaseForm.empty(today()).withReason(text)
                : CaseForm.empty(today()).withOutcome(text);
        if (text.isEmpty()) {
            return Response.status(400).entity(page(id, null, action, ServiceRefusal.onField(field), typed)).build();
        }
        ServiceAnswer<Map<String, Object>> found = ServiceAnswer.load("triage", () -> triage.caseById(id.toString())).requireFound();
        if (!found.ok()) {
            return Response.status(503).entity(page(id, null, action, ServiceRefusal.unreachable(), typed)).build();
        }
        return Response.ok(pages.of(confirm).data("k", found.value()).data("action", action).data("text", text))
                .build();
    }

    private Response act(UUID id, String action, String done, Supplier<Object> call, CaseForm typed) {
        return act(id, action, call, "/cases/" + id + "?done=" + done, typed);
    }

    private Response act(UUID id, String action, Supplier<Object> call, String next, CaseForm typed) {
        try {
            call.get();
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            return Response.status(rejection.unavailable() ? 503 : 400).entity(page(id, null, action, rejection, typed))
                    .build();
        }
        return Pages.redirect(next).build();
    }

    /** The lead triage chose, the region of its assessment and the regional service it recorded. */
    @SuppressWarnings("unchecked")
    private ServiceAnswer<Reach> reach(Map<String, Object> k) {
        Object lead = k.get("leadOrganisation");
        Map<String, Object> assessment = k.get("assessment") instanceof Map<?, ?> a
                ? (Map<String, Object>) a : Map.of();
        Map<String, Object> recorded = k.get("regionalService") instanceof Map<?, ?> r
                ? (Map<String, Object>) r : Map.of();
        Object region = assessment.get("region");
        Object service = recorded.get("id");
        return howToReach.forCase(lead == null ? null : Organisation.valueOf(lead.toString()),
                region == null ? null : Region.valueOf(region.toString()), service == null ? null : service.toString());
    }

    private TemplateInstance page(UUID id, String done, String failedAction, ServiceRefusal rejection, CaseForm typed) {
        ServiceAnswer<Map<String, Object>> found = ServiceAnswer.load("triage", () -> triage.caseById(id.toString())).requireFound();
        Map<String, Object> k = found.ok() ? found.value() : null;
        return pages.of(detail)
                .data("c", found)
                .data("reach", k != null ? reach(k) : null)
                .data("hours", k != null ? ServiceAnswer.load("capacity", () -> HoursOnCase.from(capacity.hoursOnCase(
                        id.toString()))) : null)
                .data("person", k != null && mayReachThePerson(k) ? ServiceAnswer.load("intake",
                        () -> intake.contact(String.valueOf(k.get("contactId")))) : null)
                .data("done", done)
                .data("failedAction", failedAction)
                .data("rejection", rejection)
                .data("typed", typed)
                .data("activities", ACTIVITIES)
                .data("recordable", k != null ? recordable(k) : List.of())
                .data("milestoneNames", k != null ? milestoneNames(k) : Map.of())
                .data("lead", k != null && viewer.organisation() != null
                        && viewer.organisation().equals(k.get("leadOrganisation")))
                .data("toAcknowledge", k != null && toAcknowledge(k))
                .data("supporterChoices", k != null ? supporterChoices(k) : List.of())
                .data("referrals", k != null ? ServiceAnswer.load("triage", () -> triage.referrals(id.toString()))
                        : null)
                .data("referralKinds", REFERRAL_KINDS)
                .data("today", today().toString())
                .data("referralSteps", List.of("ACCEPTED", "STARTED", "FAILED"))
                .data("failureReasons", FAILURE_REASONS);
    }

    /** What the history calls a milestone by: its name on this case. */
    private static Map<Object, Object> milestoneNames(Map<String, Object> k) {
        Map<Object, Object> names = new LinkedHashMap<>();
        if (k.get("milestones") instanceof List<?> all) {
            all.forEach(m -> {
                if (m instanceof Map<?, ?> x) {
                    names.put(x.get("code"), x.get("name"));
                }
            });
        }
        return names;
    }

    /** Whether the user's organisation supports the case and has not yet said it takes on its part. */
    private boolean toAcknowledge(Map<String, Object> k) {
        return viewer.casemanager() && k.get("supporters") instanceof List<?> all && all.stream().anyMatch(s ->
                s instanceof Map<?, ?> x && String.valueOf(viewer.organisation()).equals(x.get("organisation"))
                        && x.get("acknowledgedAt") == null);
    }

    /** The organisations a coordinator may still ask to support: not the lead, not those supporting already. */
    private List<String> supporterChoices(Map<String, Object> k) {
        if (!viewer.coordinator()) {
            return List.of();
        }
        List<Object> taken = new ArrayList<>();
        taken.add(k.get("leadOrganisation"));
        if (k.get("supporters") instanceof List<?> all) {
            all.forEach(s -> taken.add(s instanceof Map<?, ?> x ? x.get("organisation") : null));
        }
        return Arrays.stream(Organisation.values()).map(Enum::name).filter(o -> !taken.contains(o)).toList();
    }

    /** The milestones this user's organisation records and has not yet: what the record form offers. */
    private List<Object> recordable(Map<String, Object> k) {
        if (!viewer.casemanager() || viewer.organisation() == null || !(k.get("milestones") instanceof List<?> all)) {
            return List.of();
        }
        return all.stream().filter(m -> m instanceof Map<?, ?> x && viewer.organisation().equals(x.get("organisation"))
                && RECORDABLE.contains(x.get("state"))).map(m -> (Object) m).toList();
    }

    /**
     * The person's own contact details are shown only where they agreed to share them and the user's organisation
     * leads the case now: that is what they were taken for. intake decides again, and audits the read; web asks only
     * in that case, so that no page view reads them without need.
     */
    private boolean mayReachThePerson(Map<String, Object> k) {
        return viewer.casemanager() && viewer.organisation() != null
                && viewer.organisation().equals(k.get("leadOrganisation"))
                && k.get("contactId") != null
                && k.get("assessment") instanceof Map<?, ?> a
                && Boolean.TRUE.equals(a.get("consentToShare")) && !Boolean.TRUE.equals(a.get("anonymous"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AMSTERDAM));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
