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
 * The casemanager says what the term is. A client code is asked of intake only, which hashes it, keeps it to the
 * casemanager's own organisation and audits the search; triage then gets only the contact ids, never the code. A
 * reference is asked of triage only, and only in a reference's shape: guessing from the term sent a code intake did
 * not know to triage, which could show another person's case. Coordinators search by reference only.
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
    private static final String BY_REFERENCE = "reference";
    private static final String BY_CLIENT_CODE = "clientCode";
    private static final List<String> SEARCH_BY = List.of(BY_REFERENCE, BY_CLIENT_CODE);

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
                        .data("issuer", null).data("searchBy", defaultSearchBy())
                        .data("done", done))
                .build();
    }

    Response searched(Pages pages, String term, String searchBy, String issuer) {
        String t = term == null ? "" : term.strip();
        String by = issuer == null || issuer.isBlank() ? null : issuer.strip();
        Map<String, String> invalid = new LinkedHashMap<>();
        boolean byClientCode = BY_CLIENT_CODE.equals(searchBy) && viewer.casemanager();
        // A coordinator searches by reference only: no error of theirs may offer a client code.
        if (!byClientCode && !BY_REFERENCE.equals(searchBy)) {
            invalid.put("searchBy", viewer.casemanager() ? "searchBy" : "searchBy.referenceOnly");
        }
        if (t.isEmpty() || t.length() > TERM_MAX) {
            invalid.put("q", viewer.casemanager() ? "empty or too long" : "q.referenceOnly");
        } else if (BY_REFERENCE.equals(searchBy) && !REFERENCE_PART.matcher(t).matches()) {
            invalid.put("q", viewer.casemanager() ? "q.reference" : "q.referenceOnly");
        }
        if (byClientCode && by != null && Arrays.stream(Organisation.values()).noneMatch(o -> o.name().equals(by))) {
            invalid.put("clientCodeIssuer", "not an organisation");
        }
        if (!invalid.isEmpty()) {
            return Response.status(400).entity(page(pages, CaseFilters.none(), new ServiceRefusal(400, null, invalid))
                    .data("found", null).data("failedService", "triage").data("term", t).data("issuer", by)
                    .data("searchBy", searchBy).data("done", null))
                    .build();
        }
        ServiceAnswer<Listing> found;
        String failed = "triage";
        if (byClientCode) {
            ServiceAnswer<List<ContactMatches.Match>> contacts = ServiceAnswer.load("intake",
                    () -> contactsWithClientCode(t, by));
            found = contacts.ok() ? casesOf(contacts.value()) : new ServiceAnswer<>(null, contacts.failure());
            failed = contacts.ok() ? "triage" : "intake";
        } else {
            found = ServiceAnswer.load("triage", () -> Listing.of(triage.cases(
                    CaseQuery.all(SEARCH_LIMIT).withReference(t).byDeadline()), 1, SEARCH_LIMIT));
        }
        return Response.ok(page(pages, CaseFilters.none(), ServiceRefusal.none()).data("found", found)
                .data("failedService", failed).data("term", t).data("issuer", by).data("searchBy", searchBy)
                .data("done", null))
                .build();
    }

    /** The cases of the contacts intake found, asked of triage by contact id: the client code never reaches it. */
    private ServiceAnswer<Listing> casesOf(List<ContactMatches.Match> contacts) {
        if (contacts.isEmpty()) {
            return new ServiceAnswer<>(Listing.empty(), null);
        }
        List<String> ids = contacts.stream().map(c -> String.valueOf(c.id())).toList();
        Set<UUID> unreadable = contacts.stream().filter(ContactMatches.Match::detailsUnreadable)
                .map(ContactMatches.Match::id).collect(Collectors.toSet());
        return ServiceAnswer.load("triage", () -> Listing.of(triage.cases(
                CaseQuery.all(SEARCH_LIMIT).withContacts(ids).byDeadline()), 1, SEARCH_LIMIT)
                .withUnreadableDetails(unreadable));
    }

    /**
     * A casemanager's search is by client code until they choose otherwise: a reference typed there is only a search
     * intake answers with nothing, while a client code sent as a reference could show another person's case.
     */
    private String defaultSearchBy() {
        return viewer.casemanager() ? BY_CLIENT_CODE : BY_REFERENCE;
    }

    private List<ContactMatches.Match> contactsWithClientCode(String clientCode, String issuer) {
        ContactMatches found = intake.withClientCode(new ContactMatches.ByClientCode(clientCode, issuer,
                SEARCH_LIMIT));
        return found.items() == null ? List.of() : found.items();
    }

    private TemplateInstance page(Pages pages, CaseFilters filters, ServiceRefusal rejection) {
        return pages.of(list).data("filters", filters).data("options", CaseFilters.optionsFor(viewer.region()))
                .data("rejection", rejection).data("organisations", ORGANISATIONS)
                .data("searchChoices", SEARCH_BY);
    }
}
