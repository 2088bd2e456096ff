package nl.entree.web.cases;

import java.util.List;

import nl.entree.web.backend.CaseSummary;

/** One page of triage's case list, with where it lies in the whole: "51–100 van 2.653", page 2 of 54. */
public record Listing(List<CaseSummary> items, long total, long first, long last, int pageCount) {

    static Listing of(CaseSummary.Page page, int pageNumber, int pageSize) {
        List<CaseSummary> items = page.items() == null ? List.of() : page.items();
        long total = page.total();
        long first = (long) (pageNumber - 1) * pageSize + 1;
        return new Listing(items, total, first, first + items.size() - 1,
                (int) Math.max(1, (total + pageSize - 1) / pageSize));
    }

    static Listing empty() {
        return new Listing(List.of(), 0, 0, 0, 1);
    }
}
