package nl.entree.e2e;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * A peak in one region: two calm years (1 to 3 cases a month) in its forecast series, then {@link #CONTACTS}
 * contacts registered at the real intake this month, which triage routes and forecast's peak check counts.
 */
public final class Surge {

    public static final int CONTACTS = 15;

    private Surge() {
    }

    /** Returns the region's series id. Safe to call twice: the series exists then, and the contacts add up. */
    public static String in(String region) throws IOException {
        Suite suite = Suite.get();
        String forecast = suite.url("forecast-service");
        String coordinator = Tokens.coordinator();
        String series = "triage-region-" + region;
        int created = Client.postJson(forecast + "/api/series", coordinator, Map.of("id", series, "region", region,
                "granularity", "MONTH", "unit", "cases", "definition", "e2e: two calm years before this month"),
                Map.of()).status();
        if (created != 201 && created != 409) {
            throw new AssertionError("creating " + series + " answered " + created);
        }
        YearMonth now = YearMonth.now(DutchTime.ZONE);
        StringBuilder csv = new StringBuilder("period,count\n");
        for (YearMonth m = now.minusMonths(24); m.isBefore(now); m = m.plusMonths(1)) {
            csv.append(m).append(',').append(1 + m.getMonthValue() % 3).append('\n');
        }
        int imported = Client.post(forecast + "/api/series/" + series + "/observations", coordinator, "text/csv",
                csv.toString(), Map.of()).status();
        if (imported != 200) {
            throw new AssertionError("importing " + series + " answered " + imported);
        }
        for (int n = 0; n < CONTACTS; n++) {
            Map<String, Object> contact = Contacts.assessment(90_000 + n);
            contact.put("region", region);
            Organisation org = Contacts.ORGS[n % Contacts.ORGS.length];
            Client.Reply reply = Client.postJson(suite.url("intake-service") + "/api/contacts",
                    Contacts.casemanager(org), contact, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (reply.status() != 201) {
                throw new AssertionError("contact " + n + " answered " + reply.status() + " " + reply.body());
            }
        }
        return series;
    }

    /** Asks forecast to check now, until the region's alert is there (true) or 90 s have passed (false). */
    public static boolean alerted(String series) throws IOException {
        String forecast = Suite.get().url("forecast-service");
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            Client.postJson(forecast + "/api/alerts/check", Tokens.coordinator(), Map.of(), Map.of());
            for (var a : Client.get(forecast + "/api/alerts", Tokens.coordinator()).json().get("alerts")) {
                if (series.equals(a.get("seriesId").asText()) && a.get("observed").asLong() >= 10) {
                    return true;
                }
            }
            Suite.sleep(2000);
        }
        return false;
    }
}
