package nl.entree.forecast;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import nl.entree.support.stub.WireMockStubs;

/**
 * Stand-ins for triage-service and capacity-service on a free port (WireMock). Their answers are a pure function
 * of the request, so tests can compute what to expect without sharing state with the stub.
 *
 * <p>capacity {@code POST /api/requirements}: every caseType has a norm of 1.5/2/2.5 hours (low/expected/high)
 * except {@link #NO_NORM}, which goes to withoutNorm. One FTE gives {@link #HOURS_PER_FTE_YEAR} hours a year;
 * {@link #FTE_AVAILABLE} FTE are available per organisation, {@link #REGION_FTE_AVAILABLE} in a request for one
 * region. A request with a month in or after
 * {@link #FAILING_FROM_YEAR} gets 503, to stand for capacity being down, and one of more than
 * {@link #MOST_CASES_A_LINE} cases a line 400, as capacity refuses it. A request with a month of
 * {@link #HANGING_YEAR} is answered, without rows, only after {@link #HANG_MILLIS}: capacity hanging, longer than
 * forecast waits for it now and shorter than it used to. Every organisation's FTE costs
 * {@link #EUROS_PER_FTE_YEAR}, an estimate.
 *
 * <p>triage {@code GET /api/cases/stats/monthly}: per month in the range, CVSN/CVSN_CASE with count
 * 10 + month number, and VT/VT_SAFETY_ASSESSMENT suppressed (no count). {@code /api/cases/stats/regions}: per
 * month, VR01 × CVSN_CASE with 10 + month number and VR02 × VT suppressed. It insists on a service token.
 *
 * <p>{@link #SURGE_MONTH} is a month of peaks: {@link #SURGE_CASES} HELPWANTED_ADVICE cases, and in the regions
 * {@link #SURGE_REGION_CASES} cases in VR07 and {@link #CALM_REGION_CASES} in VR08, each at HELPWANTED. In the
 * month after it VR07 has {@link #AFTER_SURGE_REGION_CASES} HELPWANTED cases and HELPWANTED_ADVICE none.
 * {@link #CSG_SPREAD_MONTH} and {@link #CSG_SURGE_MONTH} have CSG_ACUTE and CSG_NON_ACUTE cells as well.
 */
@WithTestResource(value = StubServers.class, scope = TestResourceScope.GLOBAL)
public class StubServers implements QuarkusTestResourceLifecycleManager {

    public static final double HOURS_LOW = 1.5;
    public static final double HOURS_EXPECTED = 2.0;
    public static final double HOURS_HIGH = 2.5;
    public static final double HOURS_PER_FTE_YEAR = 1200;
    public static final double FTE_AVAILABLE = 1.0;
    public static final double REGION_FTE_AVAILABLE = 0.25;
    /** Every organisation's cost per FTE-year, an estimate: euros = expected hours × this / hours per FTE-year. */
    public static final double EUROS_PER_FTE_YEAR = 60_000;
    public static final String NO_NORM = "FIER_CASE";
    public static final int FAILING_FROM_YEAR = 2090;
    public static final int HANGING_YEAR = 2085;
    public static final int HANG_MILLIS = 6_000;
    /** As capacity-service: a line of more cases is refused with 400. */
    public static final double MOST_CASES_A_LINE = 10_000_000;
    public static final YearMonth SURGE_MONTH = YearMonth.of(2031, 5);
    public static final long SURGE_CASES = 400;
    public static final long SURGE_REGION_CASES = 300;
    public static final long CALM_REGION_CASES = 16;
    public static final long AFTER_SURGE_REGION_CASES = 10;
    /**
     * A month in which CSG's two caseTypes each run a little above their usual rate: at day 20 of its 30 days, each
     * stays under its own bound while their sum runs above CSG's ({@code OrganisationTotalPeakTest}).
     */
    public static final YearMonth CSG_SPREAD_MONTH = YearMonth.of(2047, 6);
    public static final long CSG_SPREAD_ACUTE = 224;
    public static final long CSG_SPREAD_NON_ACUTE = 645;
    /** The month after it: both of CSG's caseTypes, and so their sum, far above their bounds. */
    public static final YearMonth CSG_SURGE_MONTH = YearMonth.of(2047, 7);
    public static final long CSG_SURGE_ACUTE = 260;
    public static final long CSG_SURGE_NON_ACUTE = 700;
    /** A month in which triage had no CVSN case at all, nationally or in VR01: it sends no cell for them. */
    public static final YearMonth QUIET_MONTH = YearMonth.of(2018, 7);
    /** VR22's first CVSN case; from then on it has cases every other month. */
    public static final YearMonth VR22_FIRST_CASE = YearMonth.of(2018, 4);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    /** The addresses, with their queries, of the calls forecast made to triage's statistics so far. */
    static List<String> triageStatisticsCalls() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
                .filter(url -> url.startsWith("/api/cases/stats/")).toList();
    }

    /** The bodies of every {@code POST /api/requirements} forecast made so far, the newest first. */
    static List<JsonNode> requirementsRequests() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().equals("/api/requirements")).map(r -> {
                    try {
                        return JSON.readTree(r.getBodyAsString());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    /** The body of the last {@code POST /api/requirements} forecast made. */
    static JsonNode lastRequirementsRequest() {
        String body = server.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().equals("/api/requirements")).findFirst().orElseThrow().getBodyAsString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        server = WireMockStubs.start(0, WireMockStubs.answer("requirements", StubServers::requirements),
                WireMockStubs.answer("monthly", StubServers::monthly),
                WireMockStubs.answer("regions", StubServers::regions));
        server.stubFor(post(urlPathEqualTo("/api/requirements"))
                .willReturn(aResponse().withTransformers("requirements")));
        server.stubFor(post(urlPathEqualTo("/api/requirements")).atPriority(2)
                .withRequestBody(containing("\"" + HANGING_YEAR + "-"))
                .willReturn(jsonResponse("{\"months\":[],\"years\":[],\"withoutNorm\":[]}", 200)
                        .withFixedDelay(HANG_MILLIS)));
        server.stubFor(get(urlPathEqualTo("/api/cases/stats/monthly"))
                .willReturn(aResponse().withTransformers("monthly")));
        server.stubFor(get(urlPathEqualTo("/api/cases/stats/regions"))
                .willReturn(aResponse().withTransformers("regions")));
        server.stubFor(any(urlPathMatching("/api/(requirements|cases/stats/.*)")).atPriority(1)
                .andMatching(WireMockStubs.withoutRole("service")).willReturn(jsonResponse("{}", 401)));
        String url = WireMockStubs.baseUrl(server);
        return Map.of("quarkus.rest-client.capacity.url", url, "quarkus.rest-client.triage.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static ResponseDefinition requirements(Request http) {
        JsonNode request;
        try {
            request = JSON.readTree(http.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, double[]> years = new TreeMap<>();
        Map<String, double[]> months = new TreeMap<>();
        Map<String, Object[]> withoutNorm = new TreeMap<>();
        for (JsonNode line : request.get("lines")) {
            String org = line.get("organisation").asText();
            String caseType = line.get("caseType").asText();
            YearMonth month = YearMonth.parse(line.get("month").asText());
            double cases = line.get("cases").asDouble();
            if (month.getYear() >= FAILING_FROM_YEAR) {
                return WireMockStubs.json(503, "{}");
            }
            if (cases > MOST_CASES_A_LINE) {
                return WireMockStubs.json(400, "{\"status\":400,\"violations\":[{\"field\":\"lines[0].cases\"}]}");
            }
            if (caseType.equals(NO_NORM)) {
                Object[] w = withoutNorm.computeIfAbsent(org + "/" + caseType,
                        k -> new Object[] {org, caseType, month, month, 0.0});
                if (month.isBefore((YearMonth) w[2])) {
                    w[2] = month;
                }
                if (month.isAfter((YearMonth) w[3])) {
                    w[3] = month;
                }
                w[4] = (double) w[4] + cases;
                continue;
            }
            years.computeIfAbsent(org + "/" + month.getYear(), k -> new double[1])[0] += cases;
            months.computeIfAbsent(org + "/" + month, k -> new double[1])[0] += cases;
        }
        double available = request.path("region").isTextual() ? REGION_FTE_AVAILABLE : FTE_AVAILABLE;
        ObjectNode body = JSON.createObjectNode();
        body.set("months", rows(months, HOURS_PER_FTE_YEAR / 12, available));
        body.set("years", rows(years, HOURS_PER_FTE_YEAR, available));
        ArrayNode without = body.putArray("withoutNorm");
        for (Object[] w : withoutNorm.values()) {
            ObjectNode n = without.addObject();
            n.put("organisation", (String) w[0]);
            n.put("caseType", (String) w[1]);
            n.put("firstMonth", w[2].toString());
            n.put("lastMonth", w[3].toString());
            n.put("cases", (double) w[4]);
        }
        return WireMockStubs.json(200, body.toString());
    }

    private static ArrayNode rows(Map<String, double[]> sums, double hoursPerFte, double available) {
        ArrayNode rows = JSON.createArrayNode();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            String[] key = e.getKey().split("/");
            double cases = e.getValue()[0];
            double fte = cases * HOURS_EXPECTED / hoursPerFte;
            ObjectNode row = rows.addObject();
            row.put("period", key[1]);
            row.put("organisation", key[0]);
            row.put("cases", cases);
            row.put("hoursLow", cases * HOURS_LOW);
            row.put("hoursExpected", cases * HOURS_EXPECTED);
            row.put("hoursHigh", cases * HOURS_HIGH);
            row.put("fteNeeded", fte);
            row.put("fteAvailable", available);
            row.put("gap", fte - available);
            row.put("euros", fte * EUROS_PER_FTE_YEAR);
            row.put("eurosPerCase", fte * EUROS_PER_FTE_YEAR / cases);
            row.put("costAssumption", true);
        }
        return rows;
    }

    private static ResponseDefinition monthly(Request request) {
        YearMonth from = YearMonth.parse(request.queryParameter("from").firstValue());
        YearMonth to = YearMonth.parse(request.queryParameter("to").firstValue());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!m.equals(QUIET_MONTH)) {
                cells.add(cell(m, null, "CVSN", "CVSN_CASE", 10L + m.getMonthValue()));
            }
            cells.add(cell(m, null, "VT", "VT_SAFETY_ASSESSMENT", null));
            if (m.equals(SURGE_MONTH)) {
                cells.add(cell(m, null, "HELPWANTED", "HELPWANTED_ADVICE", SURGE_CASES));
            }
            if (m.equals(CSG_SPREAD_MONTH) || m.equals(CSG_SURGE_MONTH)) {
                boolean spread = m.equals(CSG_SPREAD_MONTH);
                cells.add(cell(m, null, "CSG", "CSG_ACUTE", spread ? CSG_SPREAD_ACUTE : CSG_SURGE_ACUTE));
                cells.add(cell(m, null, "CSG", "CSG_NON_ACUTE", spread ? CSG_SPREAD_NON_ACUTE : CSG_SURGE_NON_ACUTE));
            }
        }
        return WireMockStubs.json(200, Map.of("from", from.toString(), "to", to.toString(), "cells", cells));
    }

    private static ResponseDefinition regions(Request request) {
        YearMonth from = YearMonth.parse(request.queryParameter("from").firstValue());
        YearMonth to = YearMonth.parse(request.queryParameter("to").firstValue());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!m.equals(QUIET_MONTH)) {
                cells.add(cell(m, "VR01", "CVSN", "CVSN_CASE", 10L + m.getMonthValue()));
            }
            if (m.getYear() == VR22_FIRST_CASE.getYear() && !m.isBefore(VR22_FIRST_CASE)
                    && (m.getMonthValue() - VR22_FIRST_CASE.getMonthValue()) % 2 == 0) {
                cells.add(cell(m, "VR22", "CVSN", "CVSN_CASE", 12L));
            }
            cells.add(cell(m, "VR02", "VT", null, null));
            if (m.equals(SURGE_MONTH)) {
                cells.add(cell(m, "VR07", "HELPWANTED", null, SURGE_REGION_CASES));
                cells.add(cell(m, "VR08", "HELPWANTED", null, CALM_REGION_CASES));
            }
            if (m.equals(SURGE_MONTH.plusMonths(1))) {
                cells.add(cell(m, "VR07", "HELPWANTED", null, AFTER_SURGE_REGION_CASES));
            }
        }
        return WireMockStubs.json(200, Map.of("from", from.toString(), "to", to.toString(), "cells", cells));
    }

    /** A cell of either answer; a null count is a suppressed one. */
    private static Map<String, Object> cell(YearMonth month, String region, String organisation, String caseType,
            Long count) {
        Map<String, Object> cell = new java.util.HashMap<>();
        cell.put("month", month.toString());
        if (region != null) {
            cell.put("region", region);
        }
        cell.put("organisation", organisation);
        if (caseType != null) {
            cell.put("caseType", caseType);
        }
        cell.put("count", count);
        cell.put("suppressed", count == null);
        return cell;
    }
}
