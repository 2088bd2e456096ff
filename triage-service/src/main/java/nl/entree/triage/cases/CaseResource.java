package nl.entree.triage.cases;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.entree.common.contract.CaseReceipt;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.NewCase;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Roles;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.web.QueryParams;
import nl.entree.triage.caseloads.CaseStatistics;
import nl.entree.triage.cases.CaseViews.CasePage;
import nl.entree.triage.cases.CaseViews.CaseView;
import nl.entree.triage.regional.RegionalServiceResolver;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cases and their referral lifecycle")
public class CaseResource {

    private static final String NO_STORE = "no-store";
    private static final int MAX_CONTACTS = 100;

    private final CaseService cases;
    private final CaseStatistics statistics;
    private final RegionalServiceResolver regionalServices;

    public CaseResource(CaseService cases, CaseStatistics statistics, RegionalServiceResolver regionalServices) {
        this.cases = cases;
        this.statistics = statistics;
        this.regionalServices = regionalServices;
    }

    @GET
    @Path("/stats/monthly")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.SERVICE})
    @Operation(summary = "Cases per month x lead organisation x case type (by the month the contact was received)",
            description = "For ministries a cell below 10 has count null and suppressed true, and every month asked "
                    + "for lists every case type and the cases without a lead, 0 included.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "from, to or published is not valid, or for a ministry or "
            + "with published=true a month not yet completed")
    public MonthlyCaseCounts monthly(@QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "true: the months as ministries are shown them, frozen when first shown (a "
                    + "ministry always gets these); completed months only") @QueryParam("published") String published) {
        return statistics.monthly(QueryParams.requiredMonth("from", from), QueryParams.requiredMonth("to", to),
                Boolean.TRUE.equals(QueryParams.optionalBoolean("published", published)));
    }

    @GET
    @Path("/stats/regions")
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY, Roles.SERVICE})
    @Operation(summary = "Cases per month x safety region x lead organisation x case type x acute (by the month the "
            + "contact was received)",
            description = "The cases of /stats/monthly by region; a month's cells add up to its national total. "
                    + "Ministries get one cell per region and one for no region (organisation, caseType, acute null) "
                    + "in every month asked for, 0 included, a count below 10 suppressed with a second where one would "
                    + "be alone. A coordinator bound to a region sees that region only.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "from, to or published is not valid, or for a ministry or "
            + "with published=true a month not yet completed")
    public RegionalCaseCounts regions(@QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "true: the months as ministries are shown them, frozen when first shown (a "
                    + "ministry always gets these); completed months only") @QueryParam("published") String published) {
        return statistics.regional(QueryParams.requiredMonth("from", from), QueryParams.requiredMonth("to", to),
                Boolean.TRUE.equals(QueryParams.optionalBoolean("published", published)));
    }

    @GET
    @Path("/stats/linked")
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @Operation(summary = "Per month, the cases received and how many came from a person who already had a case",
            description = "The duplicate intakes the letter wants fewer of, found by the keyed hash of client codes "
                    + "(a lower bound: contacts without a client code cannot be linked). A coordinator bound to a "
                    + "region sees that region only.")
    @APIResponse(responseCode = "200", description = "The months that have cases")
    @APIResponse(responseCode = "400", description = "from or to is missing or not valid")
    public List<CaseStatistics.LinkedMonth> linked(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.linkedPerMonth(QueryParams.requiredMonth("from", from),
                QueryParams.requiredMonth("to", to));
    }

    @GET
    @Path("/closed")
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @Operation(summary = "Cases closed from one day to another (both inclusive, Dutch time)")
    @APIResponse(responseCode = "200", description = "The closed cases")
    @APIResponse(responseCode = "400", description = "A parameter is missing or not valid")
    public List<ClosedCase> closed(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("org") String org, @QueryParam("caseType") String caseType) {
        return statistics.closed(QueryParams.requiredDate("from", from), QueryParams.requiredDate("to", to),
                QueryParams.optionalEnum("org", org, Organisation.class),
                QueryParams.optionalEnum("caseType", caseType, CaseType.class));
    }

    @GET
    @Path("/open")
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @Operation(summary = "Cases offered or accepted and not yet closed: ids, lead and case type only",
            description = "capacity-service subtracts the hours registered on each from its norm. A coordinator "
                    + "bound to a region sees that region only.")
    @APIResponse(responseCode = "200", description = "The open cases, in id order")
    @APIResponse(responseCode = "400", description = "org or region is not valid")
    @APIResponse(responseCode = "403", description = "The role or region does not allow this")
    public List<OpenCase> open(@QueryParam("org") String org, @QueryParam("region") String region) {
        return statistics.open(QueryParams.optionalEnum("org", org, Organisation.class),
                QueryParams.optionalEnum("region", region, Region.class));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "For intake-service: create the case for a registered contact (idempotent on contactId)")
    @APIResponse(responseCode = "201", description = "Created; Location names the case")
    @APIResponse(responseCode = "200", description = "This contact already has a case; it is returned unchanged")
    @APIResponse(responseCode = "400", description = "The request is not valid")
    @APIResponse(responseCode = "403", description = "A service token, but not intake-service's")
    @APIResponse(responseCode = "503", description = "No rule set is active or the database is unavailable")
    public Response create(@Valid @NotNull NewCase request) {
        CaseService.Created created = cases.create(request);
        CaseReceipt receipt = created.receipt();
        if (created.isNew()) {
            // After the case is committed: the directory can only add to a case, never stop one.
            regionalServices.resolve(receipt.caseId());
        }
        Response.ResponseBuilder response = created.isNew()
                ? Response.created(URI.create("/api/cases/" + receipt.caseId()))
                : Response.ok().location(URI.create("/api/cases/" + receipt.caseId()));
        return response.entity(receipt).header("Cache-Control", NO_STORE).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @Operation(summary = "One case with its assessment, decision and history")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    public Response get(@PathParam("id") UUID id) {
        CaseView view = cases.find(id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        return noStore(view);
    }

    @GET
    @Path("/{id}/parties")
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @Operation(summary = "Who is involved in a case now: its status, lead, supporters and case type",
            description = "For services that decide access with it (intake before it shows a contact, capacity before "
                    + "it takes hours on a case), asked with their user's token. Audited as CASE_ACCESS_CHECK, not as "
                    + "a read of the case.")
    @APIResponse(responseCode = "200", description = "The case's parties")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    public Response parties(@PathParam("id") UUID id) {
        return noStore(cases.parties(id).orElseThrow(() -> ProblemException.notFound("Case " + id)));
    }

    @GET
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @Operation(summary = "Cases: a casemanager's own organisation's, a coordinator's region's or all",
            description = "org matches the lead or a supporting organisation; overdue means past a deadline (an "
                    + "offer's respondBy, or an open milestone's); atRisk means a milestone is within its warning or "
                    + "past it; escalated means an offer waits in the coordinators' queue; reference matches part of a "
                    + "reference, ignoring case; contact (repeated, at most "
                    + MAX_CONTACTS + ") lists the cases of those contacts, as found by a client-code search in intake. "
                    + "sort=deadline puts the cases with an open deadline first, the earliest first, then the open "
                    + "cases without one (a review case no rule gave a lead), and the closed ones last.")
    @APIResponse(responseCode = "200", description = "One page of cases, newest contact first unless sorted")
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public Response list(@QueryParam("org") String org, @QueryParam("status") String status,
            @QueryParam("priority") String priority, @QueryParam("overdue") String overdue,
            @QueryParam("atRisk") String atRisk, @QueryParam("escalated") String escalated,
            @QueryParam("region") String region, @QueryParam("reference") String reference,
            @QueryParam("contact") List<String> contacts, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        CaseRepository.Filter filter = new CaseRepository.Filter(null, null,
                QueryParams.optionalEnum("org", org, Organisation.class),
                QueryParams.optionalEnum("status", status, CaseStatus.class),
                QueryParams.optionalEnum("priority", priority, Priority.class),
                QueryParams.optionalBoolean("overdue", overdue),
                QueryParams.optionalBoolean("atRisk", atRisk),
                QueryParams.optionalBoolean("escalated", escalated),
                QueryParams.optionalEnum("region", region, Region.class),
                referencePart(reference), contactIds(contacts));
        CaseRepository.Order order = switch (sort == null || sort.isBlank() ? "received" : sort) {
            case "received" -> CaseRepository.Order.RECEIVED;
            case "deadline" -> CaseRepository.Order.DEADLINE;
            default -> throw ProblemException.badRequest("sort", "must be received or deadline");
        };
        CasePage result = cases.list(filter, order, QueryParams.intInRange("page", page, 0, 0, 100_000),
                QueryParams.intInRange("size", size, 50, 1, 200));
        return noStore(result);
    }

    private static String referencePart(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String part = reference.strip();
        if (part.length() > 40 || !part.matches("[A-Za-z0-9-]+")) {
            throw ProblemException.badRequest("reference", "must be up to 40 letters, digits and hyphens");
        }
        return part;
    }

    private static List<UUID> contactIds(List<String> contacts) {
        if (contacts == null || contacts.isEmpty()) {
            return null;
        }
        if (contacts.size() > MAX_CONTACTS) {
            throw ProblemException.badRequest("contact", "at most " + MAX_CONTACTS + " contacts");
        }
        try {
            return contacts.stream().map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("contact", "must be contact ids (UUID)");
        }
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "The lead organisation takes the case on")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    @APIResponse(responseCode = "409", description = "The case is not offered")
    public Response accept(@PathParam("id") UUID id) {
        return noStore(cases.accept(id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "The lead organisation gives the case back to coordinators, with a reason")
    @APIResponse(responseCode = "200", description = "Declined: the case needs review")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    @APIResponse(responseCode = "409", description = "The case cannot be declined now")
    public Response decline(@PathParam("id") UUID id, @Valid @NotNull CaseViews.DeclineRequest request) {
        return noStore(cases.decline(id, request.reason()));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEMANAGER, Roles.COORDINATOR})
    @Operation(summary = "Close an accepted case with its outcome (coordinators may also close a case under review)")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "400", description = "No outcome given")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    @APIResponse(responseCode = "409", description = "The case cannot be closed now")
    public Response close(@PathParam("id") UUID id, @Valid @NotNull CaseViews.CloseRequest request) {
        return noStore(cases.close(id, request.outcome()));
    }

    @POST
    @Path("/{id}/milestones/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Record a milestone of the case as done, on the day it was done",
            description = "By a casemanager of the organisation that records it (the lead unless the plan names "
                    + "another), once the case is accepted. A milestone that runs from another starts its term then.")
    @APIResponse(responseCode = "200", description = "Recorded; the case with its milestones")
    @APIResponse(responseCode = "400", description = "doneOn is missing, in the future, or before what it follows")
    @APIResponse(responseCode = "403", description = "Another organisation records this milestone")
    @APIResponse(responseCode = "404", description = "No such case or milestone, or not one of yours")
    @APIResponse(responseCode = "409", description = "Already done, the case is not accepted, or an earlier "
            + "milestone comes first")
    public Response recordMilestone(@PathParam("id") UUID id, @PathParam("code") String code,
            @Valid @NotNull CaseViews.MilestoneDone request) {
        return noStore(cases.recordMilestone(id, code, request.doneOn()));
    }

    @POST
    @Path("/{id}/milestones/{code}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "Correct the day a milestone was done, with a reason; the history keeps the day it had")
    @APIResponse(responseCode = "200", description = "Corrected; the case with its milestones")
    @APIResponse(responseCode = "400", description = "doneOn or reason is missing, or the day does not fit between "
            + "what the milestone follows and what follows it")
    @APIResponse(responseCode = "403", description = "Another organisation records this milestone")
    @APIResponse(responseCode = "404", description = "No such case or milestone, or not one of yours")
    @APIResponse(responseCode = "409", description = "Not recorded yet, or the case is not accepted")
    public Response correctMilestone(@PathParam("id") UUID id, @PathParam("code") String code,
            @Valid @NotNull CaseViews.MilestoneCorrection request) {
        return noStore(cases.correctMilestone(id, code, request));
    }

    @POST
    @Path("/{id}/supporters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Ask another organisation to support the lead, with a reason")
    @APIResponse(responseCode = "200", description = "Added; the case with its supporters")
    @APIResponse(responseCode = "400", description = "No organisation or reason, or the organisation leads the case")
    @APIResponse(responseCode = "404", description = "No such case, or not in your region")
    @APIResponse(responseCode = "409", description = "It supports the case already, or the case is closed")
    public Response addSupporter(@PathParam("id") UUID id, @Valid @NotNull CaseViews.SupporterChange request) {
        return noStore(cases.addSupporter(id, request.organisation(), request.reason()));
    }

    @POST
    @Path("/{id}/supporters/{organisation}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "End an organisation's support, with a reason; it no longer sees the case")
    @APIResponse(responseCode = "200", description = "Removed")
    @APIResponse(responseCode = "400", description = "No reason, or not an organisation")
    @APIResponse(responseCode = "404", description = "No such case or supporter, or not in your region")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response removeSupporter(@PathParam("id") UUID id, @PathParam("organisation") Organisation organisation,
            @Valid @NotNull CaseViews.Reason request) {
        return noStore(cases.removeSupporter(id, organisation, request.reason()));
    }

    @POST
    @Path("/{id}/supporters/acknowledge")
    @RolesAllowed(Roles.CASEMANAGER)
    @Operation(summary = "A supporting organisation takes on its part")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "403", description = "Your organisation does not support this case")
    @APIResponse(responseCode = "404", description = "No such case, or not one of yours")
    @APIResponse(responseCode = "409", description = "Acknowledged already, or the case is closed")
    public Response acknowledgeSupport(@PathParam("id") UUID id) {
        return noStore(cases.acknowledgeSupport(id));
    }

    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Offer the case to another lead organisation, with a reason")
    @APIResponse(responseCode = "200", description = "Reassigned: offered to the new lead")
    @APIResponse(responseCode = "400", description = "No lead or reason, or a case type of another organisation")
    @APIResponse(responseCode = "404", description = "No such case, or not in your region")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response reassign(@PathParam("id") UUID id, @Valid @NotNull CaseViews.ReassignRequest request) {
        return noStore(cases.reassign(id, request));
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity).header("Cache-Control", NO_STORE).build();
    }
}
