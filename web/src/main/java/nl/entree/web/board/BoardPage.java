package nl.entree.web.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
import io.quarkus.qute.i18n.Localized;
import nl.entree.common.security.Roles;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CaseQuery;
import nl.entree.web.backend.Caseloads;
import nl.entree.web.backend.ForecastClient;
import nl.entree.web.backend.IntakeClient;
import nl.entree.web.backend.LinkedMonth;
import nl.entree.web.backend.PeakAlerts;
import nl.entree.web.backend.PromptCounts;
import nl.entree.web.backend.Reassignment;
import nl.entree.web.backend.RegionalCaseload;
import nl.entree.web.backend.ReplayReport;
import nl.entree.web.backend.RuleSet;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.CaseView;
import nl.entree.web.backend.CaseSummary;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.backend.WaitingTimes;
import nl.entree.web.i18n.Msg;
import nl.entree.web.pages.FormText;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Language;
import nl.entree.web.session.Viewer;

/** Screen 3: the coordinators' routing board. */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class BoardPage {

    private static final int LIST_SIZE = 100;
    private static final int WAITING_TIME_DAYS = 90;
    /** Half a year of what prompted contacts: long enough to see a media peak come and go. */
    private static final int PROMPT_MONTHS = 6;
    private static final List<String> ORGANISATIONS = Arrays.stream(Organisation.values()).map(Enum::name).toList();

    private final TriageClient triage;
    private final IntakeClient intake;
    private final ForecastClient forecast;
    private final Pages pages;
    private final Template board;
    private final Template reassignForm;
    private final Language language;
    private final Viewer viewer;
    private final Msg dutch;
    private final Msg english;
    private final Clock clock;

    public BoardPage(@RestClient TriageClient triage, @RestClient IntakeClient intake,
            @RestClient ForecastClient forecast, Pages pages,
            @Location("board.html") Template board, @Location("board/reassign.html") Template reassignForm,
            Language language, Viewer viewer, Msg dutch, @Localized("en") Msg english, Clock clock) {
        this.triage = triage;
        this.intake = intake;
        this.forecast = forecast;
        this.clock = clock;
        this.language = language;
        this.viewer = viewer;
        this.dutch = dutch;
        this.english = english;
        this.pages = pages;
        this.board = board;
        this.reassignForm = reassignForm;
    }

    @GET
    public TemplateInstance board(@QueryParam("done") String done) {
        return page(null, null, null, done);
    }

    /**
     * A replay is a POST: triage audits every replay, and a GET must change nothing (a prefetch, a reload or a link
     * in the history would otherwise run and record one).
     */
    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance replay(@RestForm String version, @RestForm String from,
            @RestForm String to) {
        return page(version, from, to, null);
    }

    /** The review queue's reassignment, on a page of its own: the case it is about, the choice, and its errors. */
    @GET
    @Path("/cases/{id}/reassign")
    public Response reassignForm(@PathParam("id") UUID id) {
        return reassignPage(id, null, null, false, ServiceRefusal.none(), 200);
    }

    @POST
    @Path("/cases/{id}/reassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassign(@PathParam("id") UUID id, @RestForm String leadOrganisation,
            @RestForm String reason, @RestForm String keepPreviousLead) {
        String lead = leadOrganisation == null || leadOrganisation.isBlank() ? null : leadOrganisation.strip();
        String why = FormText.stripped(reason);
        try {
            triage.reassign(id.toString(), new Reassignment(lead, why, keepPreviousLead != null));
        } catch (RuntimeException e) {
            ServiceRefusal rejection = ServiceRefusal.of(e);
            return reassignPage(id, lead, why, keepPreviousLead != null, rejection,
                    rejection.unavailable() ? 503 : 400);
        }
        return Pages.redirect("/board?done=reassigned").build();
    }

    private Response reassignPage(UUID id, String lead, String reason, boolean keepPreviousLead,
            ServiceRefusal rejection, int status) {
        ServiceAnswer<CaseView> found = ServiceAnswer.load("triage", () -> triage.caseById(id.toString()))
                .requireFound();
        return Response.status(status).entity(pages.of(reassignForm)
                .data("c", found)
                .data("why", found.ok() ? ReviewReason.of(found.value()) : null)
                .data("lead", lead)
                .data("reason", reason)
                .data("keepPreviousLead", keepPreviousLead)
                .data("rejection", rejection)
                .data("organisations", ORGANISATIONS)).build();
    }

    private TemplateInstance page(String version, String from, String to, String done) {
        ServiceAnswer<Caseloads> caseloads = ServiceAnswer.load("triage", triage::caseloads);
        ServiceAnswer<List<RegionalCaseload>> regionalCaseloads = ServiceAnswer.load("triage",
                () -> triage.regionalCaseloads(viewer.region()));
        // Whole pages, not only their items: a list cut at LIST_SIZE says how many more there are.
        ServiceAnswer<CaseSummary.Page> overdue = ServiceAnswer.load("triage",
                () -> whole(triage.cases(CaseQuery.all(LIST_SIZE).onlyOverdue().byDeadline())));
        ServiceAnswer<CaseSummary.Page> review = ServiceAnswer.load("triage",
                () -> triage.cases(CaseQuery.all(LIST_SIZE).withStatus("NEEDS_REVIEW").byDeadline()));
        ServiceAnswer<CaseSummary.Page> escalated = ServiceAnswer.load("triage",
                () -> whole(triage.cases(CaseQuery.all(LIST_SIZE).onlyEscalated().byDeadline())));
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        ServiceAnswer<WaitingTimes> waitingTimes = ServiceAnswer.load("triage",
                () -> triage.waitingTimes(today.minusDays(WAITING_TIME_DAYS - 1).toString(), today.toString()));
        ServiceAnswer<List<LinkedMonth>> duplicates = ServiceAnswer.load("triage", () -> triage.linkedPerMonth(
                YearMonth.from(today).minusMonths(11).toString(), YearMonth.from(today).toString()));
        ServiceAnswer<PromptCounts> prompts = ServiceAnswer.load("intake", () -> intake.promptsPerMonth(
                YearMonth.from(today).minusMonths(PROMPT_MONTHS - 1L).toString(), YearMonth.from(today).toString()));
        ServiceAnswer<PeakAlerts> peaks = ServiceAnswer.load("forecast",
                () -> forecast.alerts(YearMonth.from(today).toString()));
        ServiceAnswer<RuleSet> rules = ServiceAnswer.load("triage", triage::activeRuleSet);
        // A period that is no period is the coordinator's to correct: triage's 400 would read as "triage is down".
        Integer number = versionNumber(version);
        String replayFault = version == null ? null : number == null ? "version" : periodFault(from, to);
        ServiceAnswer<ReplayReport> replay = version == null || replayFault != null ? null
                : ServiceAnswer.load("triage", () -> triage.replay(number, blankToNull(from), blankToNull(to)));
        return pages.of(board)
                .data("caseloads", caseloads)
                .data("regionalCaseloads", regionalCaseloads)
                .data("overdue", overdue)
                .data("review", review)
                .data("escalated", escalated)
                .data("waitingTimes", waitingTimes)
                .data("duplicates", duplicates)
                .data("prompts", prompts)
                .data("peaks", peaks)
                .data("rules", rules)
                .data("ruleRows", rules.ok() ? ruleRows(rules.value()) : List.of())
                .data("replay", replay)
                .data("replayFault", replayFault)
                .data("version", version)
                .data("from", from)
                .data("to", to)
                .data("done", done)
                .data("rejection", ServiceRefusal.none());
    }

    private List<RuleRow> ruleRows(RuleSet ruleSet) {
        boolean nl = "nl".equals(language.tag());
        return RuleRow.of(ruleSet.document(), nl ? dutch : english, nl);
    }

    private static CaseSummary.Page whole(CaseSummary.Page page) {
        return page.items() != null ? page : new CaseSummary.Page(List.of(), page.page(), page.size(), page.total());
    }

    /**
     * A version as typed: a number field also takes "1e3" or more digits than an int holds, which the framework would
     * refuse before this page runs, with no board around it.
     */
    static Integer versionNumber(String version) {
        try {
            int number = Integer.parseInt(version == null ? "" : version.strip());
            return number >= 1 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "from" or "to" when that day is not a date, "backwards" when the period ends before it starts; else null. */
    static String periodFault(String from, String to) {
        LocalDate first;
        LocalDate last;
        try {
            first = blankToNull(from) == null ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            return "from";
        }
        try {
            last = blankToNull(to) == null ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return "to";
        }
        return first != null && last != null && last.isBefore(first) ? "backwards" : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
