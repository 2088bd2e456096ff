package nl.entree.web.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.web.backend.CaseQuery;
import nl.entree.web.pages.PageNumber;

/**
 * The case list's filters, read from the address: values its form offers and never anything about a person, so a
 * filtered list can be bookmarked and paged. A page is counted from 1, as the screen shows it.
 */
public record CaseFilters(String status, String priority, boolean overdue, String region, String sort, int page) {

    static final List<String> STATUSES = Arrays.stream(CaseStatus.values()).map(Enum::name).toList();
    static final List<String> PRIORITIES = Arrays.stream(Priority.values()).map(Enum::name).toList();
    static final List<String> REGIONS = Arrays.stream(Region.values()).map(Enum::name).toList();
    static final List<String> SORTS = List.of("deadline", "received");

    /** What the filter form offers to choose from. */
    public record Options(List<String> statuses, List<String> priorities, List<String> regions, List<String> sorts) {
    }

    /** A coordinator bound to one region may list that region only; anyone else every region. */
    static List<String> regionsFor(String viewersRegion) {
        return viewersRegion == null ? REGIONS : List.of(viewersRegion);
    }

    static Options optionsFor(String viewersRegion) {
        return new Options(STATUSES, PRIORITIES, regionsFor(viewersRegion), SORTS);
    }

    static CaseFilters none() {
        return new CaseFilters(null, null, false, null, "deadline", 1);
    }

    /**
     * Reads the filters; a value the form does not offer is named in {@code invalid} and left out. {@code regions}
     * are the ones this user may choose ({@link #regionsFor}).
     */
    static CaseFilters read(String status, String priority, String overdue, String region, String sort, String page,
            List<String> regions, Map<String, String> invalid) {
        return new CaseFilters(offered(invalid, "status", status, STATUSES),
                offered(invalid, "priority", priority, PRIORITIES),
                offered(invalid, "overdue", overdue, List.of("true")) != null,
                offered(invalid, "region", region, regions),
                orElse(offered(invalid, "sort", sort, SORTS), "deadline"),
                PageNumber.read(page, invalid));
    }

    CaseQuery query(int size) {
        return new CaseQuery(status, priority, overdue ? "true" : null, null, region, null, null, sort, page - 1,
                size);
    }

    public boolean narrowed() {
        return status != null || priority != null || overdue || region != null;
    }

    /** The address of another page of the same list. */
    public String pageLink(int to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("priority", priority);
        params.put("overdue", overdue ? "true" : null);
        params.put("region", region);
        params.put("sort", "deadline".equals(sort) ? null : sort);
        params.put("pagina", to == 1 ? null : String.valueOf(to));
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> {
            if (value != null) {
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return pairs.isEmpty() ? "/cases" : "/cases?" + String.join("&", pairs);
    }

    /** This page's address, encoded to travel as the language switch's {@code back}. */
    public String languageBack() {
        return URLEncoder.encode(pageLink(page), StandardCharsets.UTF_8);
    }

    private static String offered(Map<String, String> invalid, String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!allowed.contains(v)) {
            invalid.put(field, v);
            return null;
        }
        return v;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
