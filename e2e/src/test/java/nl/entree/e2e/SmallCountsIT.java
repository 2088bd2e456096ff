package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.support.token.Tokens;

/**
 * Issue 12.1 across real services: forecast asks the real capacity-service for hours, with CVSN's registered
 * 11-hour norm. A month of 4 CVSN contacts must reach a ministry neither as a count nor as 44 hours, in JSON or CSV,
 * nor as a seasonal naive forecast.
 */
class SmallCountsIT {

    private final Suite suite = Suite.get();

    @Test
    void aMonthOfFourContactsReachesAMinistryNeitherAsACountNorAsHoursNorAsAForecast() throws IOException {
        String forecast = suite.url("forecast-service");
        String id = "e2e-small-" + UUID.randomUUID().toString().substring(0, 8);
        String coordinator = Tokens.coordinator();
        assertEquals(201, Client.postJson(forecast + "/api/series", coordinator, Map.of("id", id, "organisation", "CVSN",
                "caseType", "CVSN_CASE", "granularity", "MONTH", "unit", "contacts", "definition", "e2e"), Map.of())
                .status());
        // Two years of 21 to 32 a month, then a year of counts from 1 to 9 ending with 4 in December 2025.
        StringBuilder csv = new StringBuilder("period,count\n");
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            int count = m.getYear() < 2025 ? 20 + m.getMonthValue() : m.getMonthValue() == 12 ? 4 : 1 + m.getMonthValue() % 9;
            csv.append(m).append(',').append(count).append('\n');
        }
        assertEquals(200, Client.post(forecast + "/api/series/" + id + "/observations", coordinator, "text/csv",
                csv.toString(), Map.of()).status());

        String query = forecast + "/api/projections?from=2025-12&to=2025-12&series=" + id;
        JsonNode all = Client.get(query, coordinator).json();
        assertEquals(4.0, all.at("/rows/0/contacts").asDouble(), "a coordinator sees the 4");
        assertEquals(44.0, all.at("/rows/0/hoursExpected").asDouble(), 1e-9, "4 x the real 11-hour norm");

        String ministry = Tokens.ministry();
        JsonNode row = Client.get(query, ministry).json().at("/rows/0");
        assertTrue(row.path("suppressed").asBoolean(), row.toString());
        for (String field : new String[] {"contacts", "contactsLow80", "contactsHigh80", "hoursLow", "hoursExpected",
                "hoursHigh", "fteNeeded", "gap"}) {
            assertTrue(row.path(field).isNull() || row.path(field).isMissingNode(), field + " in " + row);
        }
        Client.Reply asCsv = Client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(query))
                .header("Accept", "text/csv").GET(), ministry, Map.of());
        String[] cells = asCsv.body().split("\n")[1].split(",", -1);
        for (int column = 3; column <= 9; column++) {
            assertEquals("", cells[column], "column " + column + " of " + asCsv.body());
        }

        JsonNode snaive = Client.get(forecast + "/api/forecasts/" + id + "?horizon=12&model=snaive", ministry).json();
        for (JsonNode point : snaive.get("points")) {
            double mean = point.get("mean").asDouble();
            assertTrue(mean >= 10, "a mean of " + mean + " in " + point + ": last year's hidden counts came back");
        }
    }

    /** Issue 18: a cost per FTE registered in capacity-service reaches the projection as euros next to the FTE. */
    @Test
    void aRegisteredCostPerFtePutsEurosAndACostPerContactNextToTheFte() throws IOException {
        String forecast = suite.url("forecast-service");
        String capacity = suite.url("capacity-service");
        String coordinator = Tokens.coordinator();
        // After any version an earlier run of this suite left: a version may only follow the one in force.
        java.time.LocalDate from = java.time.LocalDate.now().plusDays(1);
        for (JsonNode version : Client.get(capacity + "/api/costs/CVSN/history", coordinator).json()) {
            java.time.LocalDate after = java.time.LocalDate.parse(version.get("validFrom").asText()).plusDays(1);
            from = after.isAfter(from) ? after : from;
        }
        assertEquals(200, Client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(capacity
                + "/api/costs/CVSN")).header("Content-Type", "application/json").PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"eurosPerFtePerYear\": 70000, \"source\": "
                        + "\"e2e: an estimate\", \"assumption\": true, \"validFrom\": \"" + from + "\"}")),
                coordinator, Map.of()).status());

        String id = "e2e-cost-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Client.postJson(forecast + "/api/series", coordinator, Map.of("id", id, "organisation",
                "CVSN", "caseType", "CVSN_CASE", "granularity", "MONTH", "unit", "contacts", "definition", "e2e"),
                Map.of()).status());
        StringBuilder csv = new StringBuilder("period,count\n");
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            csv.append(m).append(',').append(30 + m.getMonthValue()).append('\n');
        }
        assertEquals(200, Client.post(forecast + "/api/series/" + id + "/observations", coordinator, "text/csv",
                csv.toString(), Map.of()).status());

        JsonNode row = Client.get(forecast + "/api/projections?from=2025-01&to=2025-12&series=" + id,
                Tokens.ministry()).json().at("/rows/0");
        double euros = row.path("euros").asDouble();
        assertTrue(euros > 0, row.toString());
        // The contacts of 2025 are observed (a norm of 11 h each), so euros per contact is the cost of 11 hours.
        assertEquals(euros / row.path("contacts").asDouble(), row.path("eurosPerContact").asDouble(), 1e-6);
        assertTrue(row.path("costAssumption").asBoolean(), "an estimate says so: " + row);
    }
}
