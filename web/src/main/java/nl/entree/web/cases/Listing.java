package nl.entree.web.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.entree.web.backend.CaseSummary;

/**
 * One page of triage's case list, with where it lies in the whole: "51–100 van 2.653", page 2 of 54. A search by
 * client code also knows, from intake, which of the contacts behind these cases have details no key opens.
 */
public record Listing(List<CaseSummary> items, long total, long first, long last, int pageCount,
        Set<UUID> contactsWithUnreadableDetails) {

    static Listing of(CaseSummary.Page page, int pageNumber, int pageSize) {
        List<CaseSummary> items = page.items() == null ? List.of() : page.items();
        long total = page.total();
        long first = (long) (pageNumber - 1) * pageSize + 1;
        return new Listing(items, total, first, first + items.size() - 1,
                (int) Math.max(1, (total + pageSize - 1) / pageSize), Set.of());
    }

    static Listing empty() {
        return new Listing(List.of(), 0, 0, 0, 1, Set.of());
    }

    Listing withUnreadableDetails(Set<UUID> contacts) {
        return new Listing(items, total, first, last, pageCount, Set.copyOf(contacts));
    }

    /** Whether the case's contact left details that intake cannot decrypt, so the row must not look like none. */
    public boolean detailsUnreadable(CaseSummary c) {
        return c.contactId() != null && contactsWithUnreadableDetails.contains(c.contactId());
    }
}
