package nl.entree.web.cases;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CaseQuery;
import nl.entree.web.backend.ContactMatches;
import nl.entree.web.backend.IntakeClient;
import nl.entree.web.backend.ServiceAnswer;
import nl.entree.web.backend.ServiceRefusal;
import nl.entree.web.backend.TriageClient;
import nl.entree.web.pages.Pages;
import nl.entree.web.session.Viewer;

/**
 * The case list at volume: one page of the cases the user may see, filtered and paged, or the cases a search found.
 * A search is by reference or by client code. The client code is asked of intake, which hashes it, keeps it to the
 * casemanager's own organisation and audits the search; triage then gets only the contact ids, never the code. A term
 * that found no contact is asked of triage as a reference only when it looks like one and no issuer was chosen.
 */
@ApplicationScoped
class CaseList {

    static final int PAGE_SIZE = 50;
    /** A search finds one person's cases or one reference: far fewer than this, or it needs a sharper term. */
    private static final int SEARCH_LIMIT = 100;
    private static final int TERM_MAX = 64;
    private static final List<String> ORGANISATIONS = Arrays.stream(Organisation.values()).map(Enum::name).toList();
    /**
     * A term is read as (part of) a reference {@code GE-2026-000123} only in a shape no client code is likely to take:
     * from {@code GE-}, or from the year with a hyphen. Anything else would go to triage in its address, where a
     * client code or a name must never be.
     */
    private static final Pattern REFERENCE_PART = Pattern.compile("(?i)GE-[0-9-]{0,12}|(?:E-)?20\\d{2}-\\d{0,6}");

    private final TriageClient triage;
    private final IntakeClient intake;
    private final Template list;
    private final Viewer viewer;

    CaseList(@RestClient TriageClient triage, @RestClient IntakeClient intake,
            @Location("cases/list.html") Template list, Viewer viewer) {
        this.triage = triage;
        this.intake = intake;
        this.list = list;
        this.viewer = viewer;
    }

    Response filtered(Pages pages, CaseFilters filters, Map<String, String> invalid, String done) {
        ServiceAnswer<Listing> found = invalid.isEmpty()
                ? ServiceAnswer.load("triage", () -> Listing.of(triage.cases(filters.query(PAGE_SIZE)),
                        filters.page(), PAGE_SIZE))
                : null;
        return Response.status(invalid.isEmpty() ? 200 : 400)
                .entity(page(pages, filters, invalid.isEmpty() ? ServiceRefusal.none()
                        : new ServiceRefusal(400, null, invalid))
                        .data("found", found).data("failedService", "triage").data("term", null)
                        .data("issuer", null)
                        .data("done", done))
                .build();
    }

    Response searched(Pages pages, String term, String issuer) {
        String t = term == null ? "" : term.strip();
        String by = issuer == null || issuer.isBlank() ? null : issuer.strip();
        Map<String, String> invalid = new LinkedHashMap<>();
        if (t.isEmpty() || t.length() > TERM_MAX) {
            invalid.put("q", "empty or too long");
        }
        if (by != null && Arrays.stream(Organisation.values()).noneMatch(o -> o.name().equals(by))) {
            invalid.put("clientCodeIssuer", "not an organisation");
        }
        if (!invalid.isEmpty()) {
            return Response.status(400).entity(page(pages, CaseFilters.none(), new ServiceRefusal(400, null, invalid))
                    .data("found", null).data("failedService", "triage").data("term", t).data("issuer", by)
                    .data("done", null))
                    .build();
        }
        ServiceAnswer<List<ContactMatches.Match>> contacts = viewer.casemanager()
                ? ServiceAnswer.load("intake", () -> contactsWithClientCode(t, by))
                : new ServiceAnswer<>(List.of(), null);
        ServiceAnswer<Listing> found;
        if (!contacts.ok()) {
            found = new ServiceAnswer<>(null, contacts.failure());
        } else if (!contacts.value().isEmpty()) {
            List<String> ids = contacts.value().stream().map(c -> String.valueOf(c.id())).toList();
            Set<UUID> unreadable = contacts.value().stream().filter(ContactMatches.Match::detailsUnreadable)
                    .map(ContactMatches.Match::id).collect(Collectors.toSet());
            found = ServiceAnswer.load("triage", () -> Listing.of(triage.cases(
                    CaseQuery.all(SEARCH_LIMIT).withContacts(ids).byDeadline()), 1, SEARCH_LIMIT)
                    .withUnreadableDetails(unreadable));
        } else if (by == null && REFERENCE_PART.matcher(t).matches()) {
            found = ServiceAnswer.load("triage", () -> Listing.of(triage.cases(
                    CaseQuery.all(SEARCH_LIMIT).withReference(t).byDeadline()), 1, SEARCH_LIMIT));
        } else {
            found = new ServiceAnswer<>(Listing.empty(), null);
        }
        return Response.ok(page(pages, CaseFilters.none(), ServiceRefusal.none()).data("found", found)
                .data("failedService", contacts.ok() ? "triage" : "intake").data("term", t).data("issuer", by)
                .data("done", null))
                .build();
    }

    private List<ContactMatches.Match> contactsWithClientCode(String clientCode, String issuer) {
        ContactMatches found = intake.withClientCode(new ContactMatches.ByClientCode(clientCode, issuer,
                SEARCH_LIMIT));
        return found.items() == null ? List.of() : found.items();
    }

    private TemplateInstance page(Pages pages, CaseFilters filters, ServiceRefusal rejection) {
        return pages.of(list).data("filters", filters).data("options", CaseFilters.optionsFor(viewer.region()))
                .data("rejection", rejection).data("organisations", ORGANISATIONS);
    }
}
