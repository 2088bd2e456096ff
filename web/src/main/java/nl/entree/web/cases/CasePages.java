package nl.entree.web.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
import nl.entree.common.contract.Activity;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.FailureReason;
import nl.entree.common.contract.ReferralKind;
import nl.entree.common.contract.ReferralStep;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CapacityClient;
import nl.entree.web.backend.CaseRequests;
import nl.entree.web.backend.CaseView;
import nl.entree.web.backend.IntakeClient;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.TimeEntryRequests;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.directory.HowToReach;
import nl.entree.web.pages.FormText;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Viewer;

/** Screen 2: the cases of the casemanager's organisation, and one case with what can be done to it. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR, Roles.ADMIN})
public class CasePages {

    /** The hours form's own key, as drawn into it; anything else is left out rather than sent on. */
    private static final Pattern FORM_KEY = Pattern.compile("[0-9a-f-]{36}");
    private static final List<String> RECORDABLE = List.of("OPEN", "AT_RISK", "OVERDUE");
    static final List<String> REFERRAL_KINDS = Arrays.stream(ReferralKind.values()).map(Enum::name).toList();
    static final List<String> REFERRAL_STEPS = Arrays.stream(ReferralStep.values()).map(Enum::name).toList();
    static final List<String> FAILURE_REASONS = Arrays.stream(FailureReason.values()).map(Enum::name).toList();
    static final List<String> ACTIVITIES = Arrays.stream(Activity.values()).map(Enum::name).toList();

    private final TriageClient triage;
    private final CapacityClient capacity;
    private final IntakeClient intake;
    private final HowToReach howToReach;
    private final Pages pages;
    private final CaseList caseList;
    private final Viewer viewer;
    private final Clock clock;
    private final Template detail;
    private final Template confirm;

    public CasePages(@RestClient TriageClient triage, @RestClient CapacityClient capacity,
            @RestClient IntakeClient intake, HowToReach howToReach, Pages pages, CaseList caseList,
            Viewer viewer, Clock clock, @Location("cases/detail.html") Template detail,
            @Location("cases/confirm.html") Template confirm) {
        this.triage = triage;
        this.capacity = capacity;
        this.intake = intake;
        this.howToReach = howToReach;
        this.pages = pages;
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
        CaseFilters filters = CaseFilters.read(status, priority, overdue, region, sort, page,
                CaseFilters.regionsFor(viewer.region()), invalid);
        return caseList.filtered(pages, filters, invalid, done);
    }

    /**
     * A POST, because a client code is about a person and never belongs in an address or a log. {@code searchBy} says
     * what {@code q} is, so that a client code is never sent to triage as a reference.
     */
    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@RestForm String q, @RestForm String searchBy, @RestForm String clientCodeIssuer) {
        return caseList.searched(pages, q, searchBy, clientCodeIssuer);
    }

    /**
     * A search's answer has this address, so signing in again from it, or reloading it as a GET, comes here: the
     * list, since the term was in the POST and is not kept.
     */
    @GET
    @Path("/search")
    public Response searchAgain() {
        return Pages.redirect("/cases").build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return page(id, done, null, ServiceRefusal.none(), CaseForm.empty(today()));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id) {
        return act(id, "accept", () -> triage.accept(id.toString()), "/cases/" + id + "?done=accepted",
                CaseForm.empty(today()), refusal -> refusal.status() == 409 && acceptedByOwnOrganisation(id));
    }

    /**
     * Declining cannot be undone by the casemanager (the case leaves the organisation), so the first post only asks
     * "Weet u zeker…?" on a page of its own: a confirmation that works without script, as GOV.UK does it.
     */
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, @RestForm String reason) {
        return confirmation(id, "decline", "reason", text(reason));
    }

    @POST
    @Path("/{id}/decline/confirmed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declineConfirmed(@PathParam("id") UUID id, @RestForm String reason) {
        // A declined case leaves the casemanager's organisation, so its page would say "not found": back to the list.
        return act(id, "decline", () -> triage.decline(id.toString(), new CaseRequests.Decline(text(reason))),
                "/cases?done=declined", CaseForm.empty(today()).withReason(text(reason)), refusal -> false);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String outcome) {
        return confirmation(id, "close", "outcome", text(outcome));
    }

    @POST
    @Path("/{id}/close/confirmed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeConfirmed(@PathParam("id") UUID id, @RestForm String outcome) {
        return act(id, "close", () -> triage.close(id.toString(), new CaseRequests.Close(text(outcome))),
                "/cases/" + id + "?done=closed", CaseForm.empty(today()).withOutcome(text(outcome)),
                refusal -> refusal.status() == 409 && closedWith(id, text(outcome)));
    }

    @POST
    @Path("/{id}/hours")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logHours(@PathParam("id") UUID id, @RestForm String caseType,
            @RestForm String time, @RestForm String date, @RestForm String activity, @RestForm String hoursKey) {
        String key = hoursKey != null && FORM_KEY.matcher(hoursKey).matches() ? hoursKey : null;
        CaseForm typed = CaseForm.hours(text(time), text(date), text(activity)).withHoursKey(key);
        OptionalInt minutes = SpokenDuration.minutes(time);
        if (minutes.isEmpty()) {
            // Said here, before capacity is asked: capacity knows minutes only and would name a number it never got.
            return Response.status(400).entity(page(id, null, "hours", refusedTime(time), typed)).build();
        }
        TimeEntryRequests.NewEntry entry = new TimeEntryRequests.NewEntry(id.toString(), blankToNull(caseType),
                minutes.getAsInt(), blankToNull(date), blankToNull(activity));
        return act(id, "hours", "hours", () -> capacity.logTime(key, entry), typed);
    }

    /** A time web could not read, or will not guess at ("1.30"), refused on the form's time field. */
    static ServiceRefusal refusedTime(String time) {
        return SpokenDuration.ambiguous(time) ? ServiceRefusal.onField("minutes", AskedTime.REASON, time.strip())
                : ServiceRefusal.onField("minutes");
    }

    /** A milestone done, on the day the casemanager says; triage checks who may and which days are possible. */
    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordMilestone(@PathParam("id") UUID id, @RestForm String milestone,
            @RestForm String doneOn) {
        CaseForm typed = CaseForm.empty(today()).withMilestone(text(milestone), text(doneOn));
        if (typed.milestone().isEmpty()) {
            return Response.status(400).entity(page(id, null, "milestone", ServiceRefusal.onField("milestone"), typed))
                    .build();
        }
        CaseRequests.MilestoneDone body = new CaseRequests.MilestoneDone(blankToNull(doneOn));
        return act(id, "milestone", "milestone", () -> triage.recordMilestone(id.toString(), typed.milestone(), body),
                typed);
    }

    @POST
    @Path("/{id}/supporters/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeSupport(@PathParam("id") UUID id) {
        return act(id, "acknowledge", "acknowledged", () -> triage.acknowledgeSupport(id.toString()),
                CaseForm.empty(today()));
    }

    /** A coordinator asks another organisation to support the lead; triage names what is missing. */
    @POST
    @Path("/{id}/supporters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSupporter(@PathParam("id") UUID id, @RestForm String organisation,
            @RestForm String reason) {
        CaseForm typed = CaseForm.empty(today()).withSupporter(text(organisation), text(reason));
        CaseRequests.SupporterChange body = new CaseRequests.SupporterChange(blankToNull(organisation), text(reason));
        return act(id, "supporter", "supporter-added", () -> triage.addSupporter(id.toString(), body), typed);
    }

    @POST
    @Path("/{id}/supporters/{organisation}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeSupporter(@PathParam("id") UUID id, @PathParam("organisation") String organisation,
            @RestForm String reason) {
        CaseForm typed = CaseForm.empty(today()).withSupporter(organisation, text(reason));
        return act(id, "remove-" + organisation, "supporter-removed", () -> triage.removeSupporter(id.toString(),
                organisation, new CaseRequests.Reason(text(reason))), typed);
    }

    @POST
    @Path("/{id}/referrals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@PathParam("id") UUID id, @RestForm String kind,
            @RestForm String askedOn) {
        CaseForm typed = CaseForm.empty(today()).withReferral(text(kind), "", text(askedOn), "");
        CaseRequests.NewReferral body = new CaseRequests.NewReferral(blankToNull(kind), blankToNull(askedOn));
        return act(id, "referral", "referred", () -> triage.refer(id.toString(), body), typed);
    }

    @POST
    @Path("/{id}/referrals/{referral}/progress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response referralProgress(@PathParam("id") UUID id, @PathParam("referral") UUID referral,
            @RestForm String step, @RestForm String on, @RestForm String reason) {
        CaseForm typed = CaseForm.empty(today()).withReferral("", text(step), text(on), text(reason));
        CaseRequests.ReferralProgress body = new CaseRequests.ReferralProgress(blankToNull(step), blankToNull(on),
                blankToNull(reason));
        return act(id, "progress-" + referral, "referral-progress", () -> triage.referralProgress(id.toString(),
                referral.toString(), body), typed);
    }

    /** A milestone recorded on the wrong day; triage keeps the day it had in the history. */
    @POST
    @Path("/{id}/milestones/{code}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctMilestone(@PathParam("id") UUID id, @PathParam("code") String code,
            @RestForm String doneOn, @RestForm String reason) {
        CaseForm typed = CaseForm.empty(today()).withMilestone(code, text(doneOn)).withReason(text(reason));
        CaseRequests.MilestoneCorrection body = new CaseRequests.MilestoneCorrection(blankToNull(doneOn), text(reason));
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
        ServiceAnswer<CaseView> found = ServiceAnswer.load("triage", () -> triage.caseById(id.toString()))
                .requireFound();
        if (!found.ok()) {
            return Response.status(503).entity(page(id, null, action, ServiceRefusal.unreachable(), typed)).build();
        }
        return Response.ok(pages.of(confirm).data("k", found.value()).data("action", action).data("text", text))
                .build();
    }

    private Response act(UUID id, String action, String done, Runnable call, CaseForm typed) {
        return act(id, action, call, "/cases/" + id + "?done=" + done, typed, refusal -> false);
    }

    /**
     * {@code doneBefore} says whether a refusal means only that this user's same submit, sent a moment earlier (a
     * double click), did it already; this one is then answered as the first was, with the outcome, not an error.
     */
    private Response act(UUID id, String action, Runnable call, String next, CaseForm typed,
            Predicate<ServiceRefusal> doneBefore) {
        try {
            call.run();
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            if (!rejection.unavailable() && doneBefore.test(rejection)) {
                return Pages.redirect(next).build();
            }
            return Response.status(rejection.unavailable() ? 503 : 400).entity(page(id, null, action, rejection, typed))
                    .build();
        }
        return Pages.redirect(next).build();
    }

    /**
     * triage refuses an accept with 409 once the case is accepted, also when it was this very organisation; then the
     * case reads accepted with this organisation as lead. A case closed or given to another organisation meanwhile
     * does not, and is still refused.
     */
    private boolean acceptedByOwnOrganisation(UUID id) {
        ServiceAnswer<CaseView> now = ServiceAnswer.load("triage", () -> triage.caseById(id.toString()));
        return now.ok() && now.value().status() == CaseStatus.ACCEPTED && viewer.organisation() != null
                && viewer.organisation().equals(now.value().lead());
    }

    /** The same for closing: closed with the very outcome this form sent is what its first submit did. */
    private boolean closedWith(UUID id, String outcome) {
        ServiceAnswer<CaseView> now = ServiceAnswer.load("triage", () -> triage.caseById(id.toString()));
        return now.ok() && now.value().status() == CaseStatus.CLOSED && outcome.equals(now.value().outcome());
    }

    private TemplateInstance page(UUID id, String done, String failedAction, ServiceRefusal rejection, CaseForm typed) {
        ServiceAnswer<CaseView> found = ServiceAnswer.load("triage", () -> triage.caseById(id.toString()))
                .requireFound();
        CaseView k = found.ok() ? found.value() : null;
        return pages.of(detail)
                .data("c", found)
                .data("caseId", id.toString())
                .data("reach", k != null ? howToReach.forCase(k.leadOrganisation(),
                        k.assessment() == null ? null : k.assessment().region(), recordedService(k)) : null)
                .data("hours", k != null ? ServiceAnswer.load("capacity", () -> HoursOnCase.from(capacity.hoursOnCase(
                        id.toString()))) : null)
                .data("person", k != null && mayReachThePerson(k) ? ServiceAnswer.load("intake",
                        () -> intake.contact(k.contactId().toString())) : null)
                .data("done", done)
                .data("failedAction", failedAction)
                .data("hoursKey", typed.hoursKey() != null ? typed.hoursKey() : UUID.randomUUID().toString())
                .data("rejection", rejection)
                .data("typed", typed)
                .data("activities", ACTIVITIES)
                .data("recordable", k != null ? recordable(k) : List.<CaseView.Milestone>of())
                .data("milestoneNames", k != null ? milestoneNames(k) : Map.<String, String>of())
                .data("lead", k != null && viewer.organisation() != null && viewer.organisation().equals(k.lead()))
                .data("toAcknowledge", k != null && toAcknowledge(k))
                .data("supporterChoices", k != null ? supporterChoices(k) : List.<String>of())
                .data("referrals", k != null ? ServiceAnswer.load("triage", () -> triage.referrals(id.toString()))
                        : null)
                .data("referralKinds", REFERRAL_KINDS)
                .data("today", today().toString())
                .data("referralSteps", REFERRAL_STEPS)
                .data("failureReasons", FAILURE_REASONS);
    }

    /** The regional service triage recorded as leading the case, or null until it has resolved one. */
    private static String recordedService(CaseView k) {
        return k.regionalService() == null || k.regionalService().id() == null ? null
                : k.regionalService().id().toString();
    }

    /** What the history calls a milestone by: its name on this case. */
    private static Map<String, String> milestoneNames(CaseView k) {
        Map<String, String> names = new LinkedHashMap<>();
        milestones(k).forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    private static List<CaseView.Milestone> milestones(CaseView k) {
        return k.milestones() == null ? List.of() : k.milestones();
    }

    private static List<CaseView.Supporter> supporters(CaseView k) {
        return k.supporters() == null ? List.of() : k.supporters();
    }

    /** Whether the user's organisation supports the case and has not yet said it takes on its part. */
    private boolean toAcknowledge(CaseView k) {
        return viewer.casemanager() && supporters(k).stream().anyMatch(s -> s.organisation() != null
                && s.organisation().name().equals(viewer.organisation()) && s.acknowledgedAt() == null);
    }

    /** The organisations a coordinator may still ask to support: not the lead, not those supporting already. */
    private List<String> supporterChoices(CaseView k) {
        if (!viewer.coordinator()) {
            return List.of();
        }
        Set<Organisation> taken = EnumSet.noneOf(Organisation.class);
        if (k.leadOrganisation() != null) {
            taken.add(k.leadOrganisation());
        }
        supporters(k).stream().map(CaseView.Supporter::organisation).filter(Objects::nonNull).forEach(taken::add);
        return Arrays.stream(Organisation.values()).filter(o -> !taken.contains(o)).map(Enum::name).toList();
    }

    /** The milestones this user's organisation records and has not yet: what the record form offers. */
    private List<CaseView.Milestone> recordable(CaseView k) {
        if (!viewer.casemanager() || viewer.organisation() == null) {
            return List.of();
        }
        return milestones(k).stream().filter(m -> viewer.organisation().equals(m.recorder())
                && RECORDABLE.contains(m.state())).toList();
    }

    /**
     * The person's own contact details are shown only where they agreed to share them and the user's organisation
     * leads the case now: that is what they were taken for. intake decides again, and audits the read; web asks only
     * in that case, so that no page view reads them without need.
     */
    private boolean mayReachThePerson(CaseView k) {
        return viewer.casemanager() && viewer.organisation() != null
                && viewer.organisation().equals(k.lead())
                && k.contactId() != null
                && k.assessment() != null
                && k.assessment().consentToShare() && !k.assessment().anonymous();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    private static String text(String value) {
        return FormText.stripped(value);
    }

    private static String blankToNull(String value) {
        return FormText.optional(value);
    }
}
