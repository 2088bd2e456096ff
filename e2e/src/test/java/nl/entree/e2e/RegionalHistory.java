package nl.entree.e2e;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.entree.common.time.DutchTime;
import nl.entree.support.token.Tokens;

/**
 * Thirty months of calm counts, as forecast-service would have pulled them from triage, for two organisations and
 * two regions: a fresh suite has no history, and the monitoring screen's forecast that adds up needs 24 months.
 * Written as the suite starts, before any test reads as a ministry: that first read freezes the months it shows,
 * and a count written into triage's series for such a month afterwards is never frozen (forecast-service's README),
 * so the ministry would never see it.
 */
final class RegionalHistory {

    private static final int MONTHS = 30;

    private RegionalHistory() {
    }

    static void seed(String forecast) throws IOException {
        String coordinator = Tokens.coordinator();
        series(forecast, coordinator, Map.of("id", "triage-CSG-CSG_NON_ACUTE", "organisation", "CSG",
                "caseType", "CSG_NON_ACUTE"), 120, 15);
        series(forecast, coordinator, Map.of("id", "triage-HELPWANTED-HELPWANTED_ADVICE",
                "organisation", "HELPWANTED", "caseType", "HELPWANTED_ADVICE"), 60, 9);
        series(forecast, coordinator, Map.of("id", "triage-region-VR13", "region", "VR13"), 70, 8);
        series(forecast, coordinator, Map.of("id", "triage-region-VR09", "region", "VR09"), 50, 6);
    }

    private static void series(String forecast, String token, Map<String, Object> identity, int level, int swing)
            throws IOException {
        Map<String, Object> body = new HashMap<>(identity);
        body.put("granularity", "MONTH");
        body.put("unit", "cases");
        body.put("definition", "e2e: calm months before this one, for the monitoring screen");
        int created = Client.postJson(forecast + "/api/series", token, body, Map.of()).status();
        if (created != 201 && created != 409) {
            throw new AssertionError("creating " + identity.get("id") + " answered " + created);
        }
        YearMonth now = YearMonth.now(DutchTime.ZONE);
        List<Map<String, Object>> observations = new ArrayList<>();
        for (int i = MONTHS; i >= 1; i--) {
            YearMonth m = now.minusMonths(i);
            observations.add(Map.of("period", m.toString(), "count", level + (m.getMonthValue() * 7) % swing));
        }
        int status = Client.postJson(forecast + "/api/series/" + identity.get("id") + "/observations", token,
                Map.of("observations", observations), Map.of()).status();
        if (status != 200) {
            throw new AssertionError("importing " + identity.get("id") + " answered " + status);
        }
    }
}
