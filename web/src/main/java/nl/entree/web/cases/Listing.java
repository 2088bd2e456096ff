package nl.entree.web.cases;

import java.util.List;
import java.util.Map;

/** One page of triage's case list, with where it lies in the whole: "51–100 van 2.653", page 2 of 54. */
public record Listing(List<Map<String, Object>> items, long total, long first, long last, int pageCount) {

    @SuppressWarnings("unchecked")
    static Listing of(Map<String, Object> page, int pageNumber, int pageSize) {
        List<Map<String, Object>> items = page.get("items") instanceof List<?> l
                ? (List<Map<String, Object>>) l : List.of();
        long total = page.get("total") instanceof Number n ? n.longValue() : items.size();
        long first = (long) (pageNumber - 1) * pageSize + 1;
        return new Listing(items, total, first, first + items.size() - 1, (int) Math.max(1, (total + pageSize - 1) / pageSize));
    }

    static Listing empty() {
        return new Listing(List.of(), 0, 0, 0, 1);
    }
}
