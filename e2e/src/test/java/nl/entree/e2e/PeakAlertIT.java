package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * Issue 18's early warning across the real services: two calm years in a region, then a surge of contacts this
 * month registered at intake, routed by triage, counted by forecast against its forecast. Region VR22 belongs to
 * this test alone.
 */
class PeakAlertIT {

    private static final String REGION = "VR22";
    private static final int SURGE = 15;

    private final Suite suite = Suite.get();

    @Test
    void aSurgeInARegionThisMonthRaisesAPeakAlertThatCoordinatorsSee() throws IOException {
        String forecast = suite.url("forecast-service");
        String coordinator = Tokens.coordinator();
        String series = "triage-region-" + REGION;
        int created = Client.postJson(forecast + "/api/series", coordinator, Map.of("id", series, "region", REGION,
                "granularity", "MONTH", "unit", "cases", "definition", "e2e: two calm years before this month"),
                Map.of()).status();
        assertTrue(created == 201 || created == 409, "created: " + created);
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        StringBuilder csv = new StringBuilder("period,count\n");
        for (YearMonth m = now.minusMonths(24); m.isBefore(now); m = m.plusMonths(1)) {
            csv.append(m).append(',').append(1 + m.getMonthValue() % 3).append('\n');
        }
        assertEquals(200, Client.post(forecast + "/api/series/" + series + "/observations", coordinator, "text/csv",
                csv.toString(), Map.of()).status());

        for (int n = 0; n < SURGE; n++) {
            Map<String, Object> contact = Contacts.assessment(90_000 + n);
            contact.put("region", REGION);
            Organisation org = Contacts.ORGS[n % Contacts.ORGS.length];
            Client.Reply reply = Client.postJson(suite.url("intake-service") + "/api/contacts",
                    Contacts.casemanager(org), contact, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(201, reply.status(), reply.body());
        }

        JsonNode alert = null;
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (alert == null && System.nanoTime() < deadline) {
            Client.Reply check = Client.postJson(forecast + "/api/alerts/check", coordinator, Map.of(), Map.of());
            assertEquals(200, check.status(), check.body());
            for (JsonNode a : Client.get(forecast + "/api/alerts", coordinator).json().get("alerts")) {
                if (series.equals(a.get("seriesId").asText()) && a.get("observed").asLong() >= 10) {
                    alert = a;
                }
            }
            if (alert == null) {
                Suite.sleep(2000);
            }
        }
        assertNotNull(alert, "no alert for " + series + " within 90 s");
        assertEquals(REGION, alert.get("region").asText());
        assertTrue(alert.get("active").asBoolean(), alert.toString());
        assertTrue(alert.get("observed").asDouble() > alert.get("upperBoundSoFar").asDouble(), alert.toString());
        assertEquals(now.toString(), alert.get("month").asText());

        JsonNode elsewhere = Client.get(forecast + "/api/alerts", Tokens.coordinator("VR13")).json().get("alerts");
        for (JsonNode a : elsewhere) {
            assertTrue(!series.equals(a.get("seriesId").asText()), "VR13's coordinator sees VR22's alert");
        }
        assertEquals(403, Client.get(forecast + "/api/alerts", Tokens.ministry()).status());
    }
}
