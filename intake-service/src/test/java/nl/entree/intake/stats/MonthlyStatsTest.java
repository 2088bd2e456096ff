package nl.entree.intake.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * A known data set in March and April 2001, months no other test uses: March has CHAT 12 non-acute and 3
 * acute, PHONE 11 non-acute and 15 acute; April has 10 non-acute e-mails. June 2001 has a count from 1 to 9 in
 * every channel but one, beside a few larger ones.
 */
@QuarkusTest
class MonthlyStatsTest {

    private static boolean seeded;

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

    @Inject
    CompletedMonthFreeze freeze;

    @BeforeEach
    void seed() throws SQLException {
        synchronized (MonthlyStatsTest.class) {
            if (seeded) {
                return;
            }
            insert("2001-03-10T10:00:00Z", "CHAT", false, 12);
            insert("2001-03-11T10:00:00Z", "CHAT", true, 3);
            insert("2001-03-12T10:00:00Z", "PHONE", false, 11);
            insert("2001-03-13T10:00:00Z", "PHONE", true, 15);
            insert("2001-04-30T22:30:00Z", "EMAIL", false, 10); // 1 May in Dutch time: counted in May
            insert("2001-04-14T10:00:00Z", "EMAIL", false, 10);
            int small = 1;
            for (String channel : List.of("CHAT", "PHONE", "EMAIL", "WALK_IN", "POLICE_REFERRAL", "SELF_CHECK")) {
                insert("2001-06-05T10:00:00Z", channel, small % 2 == 0, small);
                insert("2001-06-06T10:00:00Z", channel, small % 2 != 0, 20 + small);
                small = small % 9 + 1;
            }
            insert("2001-06-07T10:00:00Z", "PROFESSIONAL_REFERRAL", false, 30);
            seeded = true;
        }
    }

    @Test
    void coordinatorsSeeEveryCount() {
        JsonPath json = given().auth().oauth2(Tokens.coordinator())
                .queryParam("from", "2001-03").queryParam("to", "2001-05")
                .when().get("/api/contacts/stats/monthly")
                .then().statusCode(200)
                .body("suppressionApplied", is(false))
                .extract().jsonPath();

        assertEquals(12, count(json, "2001-03", "CHAT", false));
        assertEquals(3, count(json, "2001-03", "CHAT", true));
        assertEquals(15, count(json, "2001-03", "CHAT", null));
        assertEquals(26, count(json, "2001-03", "PHONE", null));
        assertEquals(18, count(json, "2001-03", null, true));
        assertEquals(41, count(json, "2001-03", null, null));
        assertEquals(10, count(json, "2001-04", "EMAIL", false));
        assertEquals(10, count(json, "2001-05", "EMAIL", false));
        assertEquals(0, count(json, "2001-03", "WALK_IN", true));
    }

    @Test
    void ministriesGetSmallCountsSuppressedSoThatNoTotalRevealsThem() {
        JsonPath json = given().auth().oauth2(Tokens.ministry())
                .queryParam("from", "2001-03").queryParam("to", "2001-04")
                .when().get("/api/contacts/stats/monthly")
                .then().statusCode(200)
                .body("suppressionApplied", is(true))
                .extract().jsonPath();

        Map<String, Object> small = cell(json, "2001-03", "CHAT", true);
        assertEquals(true, small.get("suppressed"));
        assertEquals(null, small.get("count"));
        // Row total 15 is published, so the 12 beside the 3 must go too, and with it the column partners.
        assertEquals(true, cell(json, "2001-03", "CHAT", false).get("suppressed"));
        assertEquals(true, cell(json, "2001-03", "PHONE", false).get("suppressed"));
        assertEquals(true, cell(json, "2001-03", "PHONE", true).get("suppressed"));
        assertEquals(15, count(json, "2001-03", "CHAT", null));
        assertEquals(41, count(json, "2001-03", null, null));
        assertEquals(10, count(json, "2001-04", "EMAIL", false));

        List<Map<String, Object>> cells = json.getList("cells");
        for (Map<String, Object> c : cells) {
            if (Boolean.TRUE.equals(c.get("suppressed"))) {
                assertEquals(null, c.get("count"));
            } else {
                long n = ((Number) c.get("count")).longValue();
                assertNotEquals(true, n > 0 && n < 10, "a published count below 10: " + c);
            }
        }
    }

    @Test
    void aMinistryGetsCompletedMonthsOnlyBecauseTwoReadsOfAMonthInProgressDifferByADaysContacts() {
        YearMonth current = YearMonth.now(DutchTime.ZONE);
        // The month after the last completed one is in progress, or ended less than a day ago.
        YearMonth last = Disclosure.lastCompletedMonth(Clock.systemUTC());
        for (String path : List.of("/api/contacts/stats/monthly", "/api/contacts/stats/prompts")) {
            given().auth().oauth2(Tokens.ministry())
                    .queryParam("from", last.minusMonths(1).toString()).queryParam("to", last.plusMonths(1).toString())
                    .when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("to")));
            given().auth().oauth2(Tokens.ministry())
                    .queryParam("from", last.minusMonths(1).toString())
                    .queryParam("to", last.toString())
                    .when().get(path)
                    .then().statusCode(200);
            given().auth().oauth2(Tokens.coordinator())
                    .queryParam("from", current.toString()).queryParam("to", current.toString())
                    .when().get(path)
                    .then().statusCode(200);
        }
    }

    @Test
    void aMonthAMinistryHasSeenStaysAsItWasSoALateContactIsNotTheDifferenceOfTwoReads() throws SQLException {
        insert("2003-05-20T10:00:00Z", "CHAT", false, 12);
        // Other tests may register contacts on random days: count from what is there.
        long live = count(read(Tokens.coordinator(), "monthly", "2003-05", "2003-05"), "2003-05", "CHAT", false);
        long before = routed("2003-05-01T00:00:00+02:00", "2003-06-01T00:00:00+02:00", "CHAT", false);
        JsonPath first = read(Tokens.ministry(), "monthly", "2003-05", "2003-05");
        assertEquals(before, count(first, "2003-05", "CHAT", false));

        // A phone call of that month registered weeks later: one contact, the count a second read would reveal.
        insert("2003-05-21T10:00:00Z", "CHAT", false, 1);

        JsonPath again = read(Tokens.ministry(), "monthly", "2003-04", "2003-06");
        assertEquals(before, count(again, "2003-05", "CHAT", false));
        assertEquals(count(first, "2003-05", null, null), count(again, "2003-05", null, null));
        assertEquals(count(first, "2003-05", null, null),
                read(Tokens.ministry(), "prompts", "2003-05", "2003-05").getLong("months[0].total"),
                "the prompts of a published month add up to its published total");
        assertEquals(live + 1, count(read(Tokens.coordinator(), "monthly", "2003-05", "2003-05"), "2003-05", "CHAT",
                false), "a coordinator sees the contacts as they are");
    }

    @Test
    void aContactTriageHasNoCaseForIsLeftOutOfAMinistrysMonthSoTriagesTotalCannotBeSubtractedFromIt()
            throws SQLException {
        insert("2003-09-10T10:00:00Z", "CHAT", false, 14);
        insert("2003-09-11T10:00:00Z", "CHAT", false, 2, "RECEIVED");
        insert("2003-09-12T10:00:00Z", "CHAT", false, 1, "DELIVERY_FAILED");
        long live = count(read(Tokens.coordinator(), "monthly", "2003-09", "2003-09"), "2003-09", "CHAT", false);

        JsonPath published = read(Tokens.ministry(), "monthly", "2003-09", "2003-09");

        // Other tests may register contacts on random days; only the ROUTED ones in the database count here.
        long routed = routed("2003-09-01T00:00:00+02:00", "2003-10-01T00:00:00+02:00", "CHAT", false);
        assertTrue(routed >= 14 && live >= routed + 3, routed + " routed of " + live);
        assertEquals(routed, count(published, "2003-09", "CHAT", false),
                "two contacts still in the outbox and one triage refused are not in the published month");
    }

    @Test
    void aCompletedMonthIsFrozenInItsFirstHourSoAContactBackDatedIntoItLaterIsInNoMinistrysFigure()
            throws SQLException {
        insert("2031-02-10T10:00:00Z", "PHONE", false, 12);
        try {
            // 00:00:30 on 2 March in Dutch time: February has been completed for half a minute.
            clock.set(Instant.parse("2031-03-01T23:00:30Z"));
            freeze.freezeTheMonthJustCompleted();
            // A phone call of February registered on 5 March, after triage froze February from its cases.
            clock.set(Instant.parse("2031-03-05T09:00:00Z"));
            insert("2031-02-27T10:00:00Z", "PHONE", false, 1, "ROUTED", "2031-03-05T09:00:01Z");

            JsonPath published = read(Tokens.ministry(), "monthly", "2031-02", "2031-02");
            assertEquals(12, count(published, "2031-02", "PHONE", false));
            assertEquals(13, count(read(Tokens.coordinator(), "monthly", "2031-02", "2031-02"), "2031-02", "PHONE",
                    false), "a coordinator sees the contacts as they are");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aMonthWaitsToBeFrozenWhileAContactRegisteredBeforeItWasCompletedIsStillOnItsWayToTriage()
            throws SQLException {
        insert("2033-02-10T10:00:00Z", "EMAIL", false, 12);
        // Registered at 23:50 on 1 March; triage took it in at 23:54:59, just before the month's line, but its answer
        // was lost and intake's outbox tries again only after triage comes back: at 00:00:30 on 2 March intake does
        // not know yet.
        insert("2033-02-27T10:00:00Z", "EMAIL", false, 1, "RECEIVED", null, "2033-03-01T22:50:00Z");
        try {
            clock.set(Instant.parse("2033-03-01T23:00:30Z"));
            freeze.freezeTheMonthJustCompleted();
            given().auth().oauth2(Tokens.ministry()).queryParam("from", "2033-02").queryParam("to", "2033-02")
                    .when().get("/api/contacts/stats/monthly")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("2033-02 is not settled yet"));

            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                    update contact set status = 'ROUTED', routed_at = '2033-03-01T22:54:59Z'
                    where received_at = '2033-02-27T10:00:00Z' and channel = 'EMAIL'""")) {
                s.executeUpdate();
            }
            clock.set(Instant.parse("2033-03-02T00:00:30Z"));
            freeze.freezeTheMonthJustCompleted();

            assertEquals(13, count(read(Tokens.ministry(), "monthly", "2033-02", "2033-02"), "2033-02", "EMAIL", false),
                    "in triage's February, so in intake's");
        } finally {
            clock.reset();
        }
    }

    /** The contacts of a month that triage took in before the month's line. */
    @Test
    void aContactTriageTookInAfterTheMonthWasCompletedIsInNoMinistrysFigureWhicheverServiceFrozeItFirst()
            throws SQLException {
        insert("2032-02-10T10:00:00Z", "CHAT", false, 12);
        // Received in the last minutes of February, taken in by triage ten seconds after February was completed
        // (00:00 on 2 March, Dutch time), while one of the two services had frozen February and the other had not.
        insert("2032-02-29T22:55:00Z", "CHAT", false, 1, "ROUTED", "2032-03-01T23:00:10Z");
        try {
            clock.set(Instant.parse("2032-03-01T23:00:30Z"));
            freeze.freezeTheMonthJustCompleted();

            assertEquals(12, count(read(Tokens.ministry(), "monthly", "2032-02", "2032-02"), "2032-02", "CHAT", false),
                    "triage, freezing February before it arrived, left it out, so intake must too");
            assertEquals(13, count(read(Tokens.coordinator(), "monthly", "2032-02", "2032-02"), "2032-02", "CHAT",
                    false), "a coordinator sees the contacts as they are");
        } finally {
            clock.reset();
        }
    }

    private long routed(String from, String to, String channel, boolean acute) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select count(*) from contact where received_at >= ?::timestamptz and received_at < ?::timestamptz
                and channel = ? and acute = ? and status = 'ROUTED'
                and routed_at < ?::timestamptz + interval '1 day' - interval '5 minutes'
                """)) {
            s.setString(1, from);
            s.setString(2, to);
            s.setString(3, channel);
            s.setBoolean(4, acute);
            s.setString(5, to);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static JsonPath read(String token, String figure, String from, String to) {
        return given().auth().oauth2(token).queryParam("from", from).queryParam("to", to)
                .when().get("/api/contacts/stats/" + figure)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theOnlyEndpointsAMinistryCanCallAreTheMonthlyStatistics() {
        assertEquals(List.of("GET /api/contacts/stats/monthly", "GET /api/contacts/stats/prompts"),
                OpenApiDocument.fetch().reachableWith(Tokens.ministry()));
    }

    @Test
    void noCellOrMarginOfAMonthFullOfSmallCountsLetsAMinistryComputeOne() {
        JsonPath json = given().auth().oauth2(Tokens.ministry())
                .queryParam("from", "2001-06").queryParam("to", "2001-06")
                .when().get("/api/contacts/stats/monthly")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> cells = json.getList("cells");
        for (Map<String, Object> c : cells) {
            Number n = (Number) c.get("count");
            assertTrue(n == null ? Boolean.TRUE.equals(c.get("suppressed")) : n.longValue() == 0 || n.longValue() >= 10,
                    "a published count below 10: " + c);
        }
        // Each row with its total, each column with its total, and the margins with the grand total: a line
        // hides nothing or at least two, else the total minus the visible ones is the hidden one.
        List<List<Map<String, Object>>> lines = new java.util.ArrayList<>();
        for (Object channel : cells.stream().map(c -> c.get("channel")).distinct().toList()) {
            lines.add(cells.stream().filter(c -> java.util.Objects.equals(channel, c.get("channel"))).toList());
        }
        for (Object acute : cells.stream().map(c -> c.get("acute")).distinct().toList()) {
            lines.add(cells.stream().filter(c -> java.util.Objects.equals(acute, c.get("acute"))).toList());
        }
        for (List<Map<String, Object>> line : lines) {
            long hidden = line.stream().filter(c -> Boolean.TRUE.equals(c.get("suppressed"))).count();
            assertNotEquals(1L, hidden, "one hidden value in " + line);
        }
    }

    @Test
    void badPeriodsAndRolesAreRefused() {
        given().auth().oauth2(Tokens.ministry()).queryParam("from", "2001-13").queryParam("to", "2001-12")
                .when().get("/api/contacts/stats/monthly")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.ministry()).queryParam("from", "2001-05").queryParam("to", "2001-01")
                .when().get("/api/contacts/stats/monthly")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.ministry()).queryParam("from", "2001-05")
                .when().get("/api/contacts/stats/monthly")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.casemanager(Organisation.CSG)).queryParam("from", "2001-01")
                .queryParam("to", "2001-02").when().get("/api/contacts/stats/monthly")
                .then().statusCode(403).body("status", equalTo(403)).body("count", nullValue());
    }

    private static long count(JsonPath json, String month, String channel, Boolean acute) {
        Object value = cell(json, month, channel, acute).get("count");
        return ((Number) value).longValue();
    }

    private static Map<String, Object> cell(JsonPath json, String month, String channel, Boolean acute) {
        List<Map<String, Object>> cells = json.getList("cells");
        return cells.stream()
                .filter(c -> month.equals(c.get("month")))
                .filter(c -> channel == null ? c.get("channel") == null : channel.equals(c.get("channel")))
                .filter(c -> acute == null ? c.get("acute") == null : acute.equals(c.get("acute")))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + month + " " + channel + " " + acute));
    }

    private void insert(String receivedAt, String channel, boolean acute, int n) throws SQLException {
        insert(receivedAt, channel, acute, n, "ROUTED");
    }

    /** A ROUTED contact was taken in by triage a minute after it was received. */
    private void insert(String receivedAt, String channel, boolean acute, int n, String status)
            throws SQLException {
        insert(receivedAt, channel, acute, n, status,
                "ROUTED".equals(status) ? Instant.parse(receivedAt).plusSeconds(60).toString() : null);
    }

    private void insert(String receivedAt, String channel, boolean acute, int n, String status, String routedAt)
            throws SQLException {
        insert(receivedAt, channel, acute, n, status, routedAt, null);
    }

    /** {@code createdAt}: when intake registered it; null for now. */
    private void insert(String receivedAt, String channel, boolean acute, int n, String status, String routedAt,
            String createdAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into contact (id, reference, registered_by, received_at, channel, caller_role, anonymous,
                    incident_types, setting, time_since_incident, acute, victim_age_group, needs, immediate_danger,
                    consent_to_share, status, routed_at, created_at)
                select gen_random_uuid(), 'S-' || substr(md5(random()::text), 1, 20), 'CSG', ?::timestamptz, ?, 'VICTIM', true,
                    '{RAPE}', 'PUBLIC', ?, ?, 'ADULT', '{}', false, false, ?, ?::timestamptz,
                    coalesce(?::timestamptz, now())
                from generate_series(1, ?)""")) {
            s.setString(1, receivedAt);
            s.setString(2, channel);
            s.setString(3, acute ? "WITHIN_7_DAYS" : "MORE_THAN_7_DAYS");
            s.setBoolean(4, acute);
            s.setString(5, status);
            s.setString(6, routedAt);
            s.setString(7, createdAt);
            s.setInt(8, n);
            s.executeUpdate();
        }
    }
}
