package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.time.DutchTime;
import nl.entree.support.token.Tokens;

/**
 * Issue 18's early warning across the real services: two calm years in a region, then a surge of contacts this
 * month registered at intake, routed by triage, counted by forecast against its forecast. Region VR22 belongs to
 * this test alone.
 */
class PeakAlertIT {

    private static final String REGION = "VR22";

    private final Suite suite = Suite.get();

    @Test
    void aSurgeInARegionThisMonthRaisesAPeakAlertThatCoordinatorsSee() throws IOException {
        String forecast = suite.url("forecast-service");
        String coordinator = Tokens.coordinator();
        String series = Surge.in(REGION);
        Client.Reply check = Client.postJson(forecast + "/api/alerts/check", coordinator, Map.of(), Map.of());
        assertEquals(200, check.status(), check.body());
        assertTrue(Surge.alerted(series), "no alert for " + series + " within 90 s");
        JsonNode alert = null;
        for (JsonNode a : Client.get(forecast + "/api/alerts", coordinator).json().get("alerts")) {
            if (series.equals(a.get("seriesId").asText())) {
                alert = a;
            }
        }
        assertNotNull(alert);
        assertEquals(REGION, alert.get("region").asText());
        assertTrue(alert.get("active").asBoolean(), alert.toString());
        assertTrue(alert.get("observed").asDouble() > alert.get("upperBoundSoFar").asDouble(), alert.toString());
        assertEquals(YearMonth.now(DutchTime.ZONE).toString(), alert.get("month").asText());

        JsonNode elsewhere = Client.get(forecast + "/api/alerts", Tokens.coordinator("VR13")).json().get("alerts");
        for (JsonNode a : elsewhere) {
            assertTrue(!series.equals(a.get("seriesId").asText()), "VR13's coordinator sees VR22's alert");
        }
        assertEquals(403, Client.get(forecast + "/api/alerts", Tokens.ministry()).status());
    }
}
