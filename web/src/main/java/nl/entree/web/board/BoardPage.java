package nl.entree.web.board;

import java.util.List;
import java.util.Map;
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
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.Panel;
import nl.entree.web.backend.Rejection;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.i18n.Msg;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Language;
import nl.entree.web.session.Csrf;

/** Screen 3: the coordinators' routing board. */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class BoardPage {

    private static final int LIST_SIZE = 100;

    private final TriageClient triage;
    private final Pages pages;
    private final Csrf csrf;
    private final Template board;
    private final Language language;
    private final Msg dutch;
    private final Msg english;

    public BoardPage(@RestClient TriageClient triage, Pages pages, Csrf csrf, @Location("board.html") Template board,
            Language language, Msg dutch, @Localized("en") Msg english) {
        this.triage = triage;
        this.language = language;
        this.dutch = dutch;
        this.english = english;
        this.pages = pages;
        this.csrf = csrf;
        this.board = board;
    }

    @GET
    public TemplateInstance board(@QueryParam("done") String done) {
        return page(null, null, null, done, null, null);
    }

    /**
     * A replay is a POST: triage audits every replay, and a GET must change nothing (a prefetch, a reload or a link
     * in the history would otherwise run and record one).
     */
    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance replay(@RestForm String csrf, @RestForm Integer version, @RestForm String from,
            @RestForm String to) {
        this.csrf.verify(csrf);
        return page(version, from, to, null, null, null);
    }

    @POST
    @Path("/cases/{id}/reassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassign(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String leadOrganisation,
            @RestForm String reason) {
        this.csrf.verify(csrf);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("leadOrganisation", leadOrganisation == null || leadOrganisation.isBlank() ? null : leadOrganisation);
        body.put("reason", reason == null ? "" : reason.strip());
        try {
            triage.reassign(id.toString(), body);
        } catch (RuntimeException e) {
            Rejection rejection = Rejection.of(e);
            return Response.status(rejection.unavailable() ? 503 : 400)
                    .entity(page(null, null, null, null, id.toString(), rejection)).build();
        }
        return Pages.redirect("/board?done=reassigned").build();
    }

    private TemplateInstance page(Integer version, String from, String to, String done, String failedCase,
            Rejection rejection) {
        Panel<Map<String, Object>> caseloads = Panel.load("triage", triage::caseloads);
        Panel<List<Map<String, Object>>> overdue = Panel.load("triage",
                () -> items(triage.cases(null, "true", 0, LIST_SIZE)));
        Panel<List<Map<String, Object>>> review = Panel.load("triage",
                () -> items(triage.cases("NEEDS_REVIEW", null, 0, LIST_SIZE)));
        Panel<Map<String, Object>> rules = Panel.load("triage", triage::activeRuleSet);
        Panel<Map<String, Object>> replay = version == null ? null
                : Panel.load("triage", () -> triage.replay(version, blankToNull(from), blankToNull(to)));
        return pages.of(board)
                .data("caseloads", caseloads)
                .data("overdue", overdue)
                .data("review", review)
                .data("rules", rules)
                .data("ruleRows", rules.ok() ? ruleRows(rules.value()) : List.of())
                .data("replay", replay)
                .data("version", version)
                .data("from", from)
                .data("to", to)
                .data("done", done)
                .data("failedCase", failedCase)
                .data("rejection", rejection == null ? Rejection.none() : rejection)
                .data("organisations", java.util.Arrays.stream(Organisation.values()).map(Enum::name).toList());
    }

    private List<RuleRow> ruleRows(Map<String, Object> ruleSet) {
        boolean nl = "nl".equals(language.tag());
        return RuleRow.of(ruleSet, nl ? dutch : english, nl);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page.get("items");
        return items instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
