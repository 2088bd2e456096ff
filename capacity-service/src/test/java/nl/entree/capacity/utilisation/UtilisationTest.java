package nl.entree.capacity.utilisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.TriageStub;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.Caseloads.OrganisationCaseload;
import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Priority;
import nl.entree.common.vocabulary.Region;
import nl.entree.support.token.Tokens;

/** Each test uses a region of its own, so that staffing written by one test does not feed another. */
@QuarkusTest
class UtilisationTest {

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @AfterEach
    void triageBackUp() {
        TriageStub.up();
    }

    private static OrganisationCaseload load(Organisation org, Map<CaseType, Long> byType, long awaiting,
            long accepted) {
        return load(org, byType, awaiting, accepted, List.of());
    }

    private static OrganisationCaseload load(Organisation org, Map<CaseType, Long> byType, long awaiting,
            long accepted, List<Caseloads.MilestoneLoad> milestones) {
        long open = byType.values().stream().mapToLong(Long::longValue).sum();
        return new OrganisationCaseload(org, open, byType, Map.of(Priority.NORMAL, open), awaiting, 1, accepted,
                120L, 45L, milestones);
    }

    /** VT's safety assessments as triage counts them: open, of which overdue, and done in the last 7 days. */
    private static List<Caseloads.MilestoneLoad> safetyAssessments(long open, long overdue, long doneLast7Days) {
        return List.of(
                new Caseloads.MilestoneLoad(CaseType.VT_SAFETY_ASSESSMENT, "SAFETY_ASSESSMENT",
                        "Veiligheidsbeoordeling afgerond", true, open, 0, overdue, doneLast7Days),
                new Caseloads.MilestoneLoad(CaseType.VT_SAFETY_ASSESSMENT, "FOLLOW_UP",
                        "Veiligheidsvoorwaarden opgesteld en vervolg ingezet", false, 7, 0, 0, 0));
    }

    private static void staffing(String org, Region region, double fte) {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", region.name())
                .body(Map.of("fte", fte))
                .when().put("/api/staffing/" + org)
                .then().statusCode(200);
    }

    @Test
    void committedHoursAgainstAvailableHours() {
        Region region = Region.VR07;
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.parse("2026-11-29T10:00:00Z"), List.of(
                load(Organisation.CSG, Map.of(CaseType.CSG_ACUTE, 4L, CaseType.CSG_NON_ACUTE, 6L), 3, 7))));
        staffing("CSG", region, 2);

        // committed: 4 × 12 + 6 × 3.5 = 69 h (low 4 × 11 + 21 = 65, high 4 × 13 + 21 = 73)
        // available: 2 FTE × 36 h × 4 weeks × 0.7 = 201.6 h; utilisation 69 / 201.6 = 34.226…%
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("region", equalTo("VR07"))
                .body("planningWeeks", equalTo(4))
                .body("organisations", hasSize(1))
                .body("organisations[0].organisation", equalTo("CSG"))
                .body("organisations[0].openCases", equalTo(10))
                .body("organisations[0].committedHoursExpected", closeTo(69.0, 1e-9))
                .body("organisations[0].committedHoursLow", closeTo(65.0, 1e-9))
                .body("organisations[0].committedHoursHigh", closeTo(73.0, 1e-9))
                .body("organisations[0].caseTypes.find { it.caseType == 'CSG_ACUTE' }.committedHoursExpected",
                        closeTo(48.0, 1e-9))
                .body("organisations[0].staffingRegistered", equalTo(true))
                .body("organisations[0].fte", closeTo(2.0, 1e-9))
                .body("organisations[0].availableHours", closeTo(201.6, 1e-9))
                .body("organisations[0].utilisationPercent", closeTo(69.0 / 201.6 * 100, 1e-9))
                .body("organisations[0].openCasesWithoutNorm", equalTo(0))
                .body("organisations[0].safetyAssessment", nullValue());

        assertTrue(TriageStub.payload(TriageStub.lastAuthorization("caseloads")).contains("\"service\""),
                "caseloads are read with the service token");
    }

    private static void register(UUID caseId, int minutes) {
        Map<String, Object> entry = Map.of("caseId", caseId.toString(), "caseType", "CSG_ACUTE", "minutes", minutes,
                "date", LocalDate.now(DutchTime.ZONE).toString(), "activity", "CASEMANAGEMENT");
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON).body(entry)
                .when().post("/api/time-entries")
                .then().statusCode(201);
    }

    @Test
    void aSupportersHoursCountAsItsSupportAndLeaveTheLeadsNormAlone() {
        Region region = Region.VR16;
        UUID supported = UUID.randomUUID();
        TriageStub.putCase(new TriageStub.StubCase(supported, Organisation.CSG, List.of(Organisation.SHN),
                CaseType.CSG_ACUTE, CaseStatus.ACCEPTED));
        TriageStub.caseloads(null, new Caseloads(null, Instant.now(), List.of(
                load(Organisation.SHN, Map.of(), 0, 0))));
        double before = shnSupportHours();
        register(supported, 60);
        Map<String, Object> shnEntry = Map.of("caseId", supported.toString(), "caseType", "CSG_ACUTE", "minutes",
                150, "date", LocalDate.now(DutchTime.ZONE).toString(), "activity", "CONSULTATION");
        given().auth().oauth2(Tokens.casemanager("SHN")).contentType(ContentType.JSON).body(shnEntry)
                .when().post("/api/time-entries").then().statusCode(201);
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.CSG, Map.of(CaseType.CSG_ACUTE, 1L), 0, 1))));
        TriageStub.openCases(region.name(), List.of(new OpenCase(supported, Organisation.CSG, CaseType.CSG_ACUTE)));

        given().auth().oauth2(Tokens.coordinator()).queryParam("org", "CSG").queryParam("region", region.name())
                .when().get("/api/utilisation").then().statusCode(200)
                .body("organisations[0].hoursRegisteredOnOpenCases", closeTo(1.0, 1e-9))
                .body("organisations[0].committedHoursExpected", closeTo(11.0, 1e-9))
                .body("organisations[0].supportHoursLastWeeks", nullValue());

        assertEquals(2.5, shnSupportHours() - before, 1e-9, "SHN's two and a half hours as a supporter");
    }

    /** CSG supported a VT case, then took it over: what it did as a supporter does not use up its norm as the lead. */
    @Test
    void hoursBookedAsASupporterDoNotCountAgainstTheNormOnceTheCaseIsReassignedToIt() {
        Region region = Region.VR19;
        UUID reassigned = UUID.randomUUID();
        TriageStub.putCase(new TriageStub.StubCase(reassigned, Organisation.VT, List.of(Organisation.CSG),
                CaseType.VT_SAFETY_ASSESSMENT, CaseStatus.ACCEPTED));
        var asSupporter = Map.of("caseId", reassigned.toString(), "caseType", "VT_SAFETY_ASSESSMENT", "minutes", 120,
                "date", LocalDate.now(DutchTime.ZONE).toString(), "activity", "CONSULTATION");
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON).body(asSupporter)
                .when().post("/api/time-entries").then().statusCode(201);

        TriageStub.putCase(new TriageStub.StubCase(reassigned, Organisation.CSG, List.of(),
                CaseType.CSG_ACUTE, CaseStatus.ACCEPTED));
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.CSG, Map.of(CaseType.CSG_ACUTE, 1L), 0, 1))));
        TriageStub.openCases(region.name(), List.of(new OpenCase(reassigned, Organisation.CSG, CaseType.CSG_ACUTE)));

        given().auth().oauth2(Tokens.coordinator()).queryParam("org", "CSG").queryParam("region", region.name())
                .when().get("/api/utilisation").then().statusCode(200)
                .body("organisations[0].hoursRegisteredOnOpenCases", closeTo(0.0, 1e-9))
                .body("organisations[0].committedHoursExpected", closeTo(12.0, 1e-9));
    }

    private static double shnSupportHours() {
        return given().auth().oauth2(Tokens.coordinator()).queryParam("org", "SHN")
                .when().get("/api/utilisation").then().statusCode(200)
                .extract().jsonPath().getDouble("organisations[0].supportHoursLastWeeks");
    }

    @Test
    void committedHoursAreTheNormLessWhatIsAlreadyRegisteredOnEachOpenCase() {
        Region region = Region.VR14;
        UUID halfway = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        UUID overNorm = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        UUID untouched = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        UUID closed = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        register(halfway, 300);
        register(overNorm, 480);
        register(overNorm, 360);
        register(closed, 600);
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.CSG, Map.of(CaseType.CSG_ACUTE, 3L), 0, 3))));
        TriageStub.openCases(region.name(), List.of(new OpenCase(halfway, Organisation.CSG, CaseType.CSG_ACUTE),
                new OpenCase(overNorm, Organisation.CSG, CaseType.CSG_ACUTE),
                new OpenCase(untouched, Organisation.CSG, CaseType.CSG_ACUTE)));
        staffing("CSG", region, 1);

        // Registered on open cases: 5 h + 14 h + 0 h; the 10 h on the closed case do not count.
        // Remaining (11 / 12 / 13 h norm): low 6 + 0 + 11 = 17, expected 7 + 0 + 12 = 19, high 8 + 0 + 13 = 21.
        // Available: 1 FTE × 36 h × 4 weeks × 0.7 = 100.8 h.
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("organisations[0].openCases", equalTo(3))
                .body("organisations[0].hoursRegisteredOnOpenCases", closeTo(19.0, 1e-9))
                .body("organisations[0].committedHoursLow", closeTo(17.0, 1e-9))
                .body("organisations[0].committedHoursExpected", closeTo(19.0, 1e-9))
                .body("organisations[0].committedHoursHigh", closeTo(21.0, 1e-9))
                .body("organisations[0].openCasesOverNorm", equalTo(1))
                .body("organisations[0].caseTypes.find { it.caseType == 'CSG_ACUTE' }.hoursRegistered",
                        closeTo(19.0, 1e-9))
                .body("organisations[0].caseTypes.find { it.caseType == 'CSG_ACUTE' }.openCasesOverNorm", equalTo(1))
                .body("organisations[0].utilisationPercent", closeTo(19.0 / 100.8 * 100, 1e-9))
                .body("organisations[0].notes", hasItem(containsString("1 open case(s) already have more hours")));
        assertTrue(TriageStub.payload(TriageStub.lastAuthorization("open")).contains("\"service\""),
                "open cases are read with the service token");
    }

    private static String registered(UUID caseId, int minutes) {
        Map<String, Object> entry = Map.of("caseId", caseId.toString(), "caseType", "CSG_ACUTE", "minutes", minutes,
                "date", LocalDate.now(DutchTime.ZONE).toString(), "activity", "CASEMANAGEMENT");
        return given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON).body(entry)
                .when().post("/api/time-entries")
                .then().statusCode(201).extract().path("id");
    }

    private static void corrected(String entryId, int minutes) {
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(Map.of("minutes", minutes, "date", LocalDate.now(DutchTime.ZONE).toString(),
                        "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries/" + entryId + "/corrections")
                .then().statusCode(201);
    }

    @Test
    void correctedHoursCountAsCorrectedNeverTwice() {
        Region region = Region.VR15;
        UUID typo = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        UUID wrongCase = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        // 600 minutes typed for 60: corrected to 60, and that correction to 120.
        corrected(registered(typo, 600), 60);
        String latest = given().auth().oauth2(Tokens.casemanager("CSG")).queryParam("caseId", typo.toString())
                .when().get("/api/time-entries").then().statusCode(200)
                .extract().path("entries.find { it.corrects != null }.id");
        corrected(latest, 120);
        // Hours booked on the wrong case are withdrawn: corrected to 0.
        corrected(registered(wrongCase, 300), 0);
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.CSG, Map.of(CaseType.CSG_ACUTE, 2L), 0, 2))));
        TriageStub.openCases(region.name(), List.of(new OpenCase(typo, Organisation.CSG, CaseType.CSG_ACUTE),
                new OpenCase(wrongCase, Organisation.CSG, CaseType.CSG_ACUTE)));
        staffing("CSG", region, 1);

        // Registered: 2 h (not 10, 1 or 13) + 0 h. Remaining against 12 h expected: 10 + 12 = 22.
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("organisations[0].hoursRegisteredOnOpenCases", closeTo(2.0, 1e-9))
                .body("organisations[0].committedHoursExpected", closeTo(22.0, 1e-9))
                .body("organisations[0].openCasesOverNorm", equalTo(0));
    }

    @Test
    void casesWithoutANormAreCountedAndNamedNotGuessed() {
        Region region = Region.VR08;
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.SHN, Map.of(CaseType.SHN_SUPPORT, 17L), 2, 9),
                load(Organisation.CVSN, Map.of(CaseType.CVSN_CASE, 2L), 0, 1))));
        given().auth().oauth2(Tokens.admin())
                .queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("organisations.organisation", contains("CSG", "VT", "SHN", "HELPWANTED", "CVSN", "FIER"))
                .body("organisations.find { it.organisation == 'SHN' }.openCases", equalTo(17))
                .body("organisations.find { it.organisation == 'SHN' }.openCasesWithoutNorm", equalTo(17))
                .body("organisations.find { it.organisation == 'SHN' }.caseTypesWithoutNorm", contains("SHN_SUPPORT"))
                .body("organisations.find { it.organisation == 'SHN' }.committedHoursExpected", nullValue())
                .body("organisations.find { it.organisation == 'SHN' }.caseTypes[0].normStatus", equalTo("NO_NORM"))
                .body("organisations.find { it.organisation == 'SHN' }.caseTypes[0].committedHoursExpected",
                        nullValue())
                .body("organisations.find { it.organisation == 'SHN' }.notes",
                        hasItem(containsString("no norm registered")))
                .body("organisations.find { it.organisation == 'SHN' }.staffingRegistered", equalTo(false))
                .body("organisations.find { it.organisation == 'SHN' }.utilisationPercent", nullValue())
                .body("organisations.find { it.organisation == 'CVSN' }.committedHoursExpected", closeTo(22.0, 1e-9))
                .body("organisations.find { it.organisation == 'FIER' }.openCases", equalTo(0));
    }

    @Test
    void veiligThuisBacklogIsItsSafetyAssessmentsByLittlesLaw() {
        Region region = Region.VR09;
        // 20 assessments not done, 14 done in 7 days: λ = 2 per day, 20 / 2 = 10 days > 5-day deadline. The 3 offers
        // awaiting acceptance and the follow-ups are not the backlog the letter means.
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.VT, Map.of(CaseType.VT_SAFETY_ASSESSMENT, 30L), 3, 1,
                        safetyAssessments(20, 6, 14)))));
        staffing("VT", region, 5);
        given().auth().oauth2(Tokens.coordinator(Region.VR09))
                .queryParam("org", "VT").queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("organisations[0].safetyAssessment.backlog", equalTo(20))
                .body("organisations[0].safetyAssessment.doneLast7Days", equalTo(14))
                .body("organisations[0].safetyAssessment.overdue", equalTo(6))
                .body("organisations[0].safetyAssessment.throughputPerDay", closeTo(2.0, 1e-9))
                .body("organisations[0].safetyAssessment.daysToClear", closeTo(10.0, 1e-9))
                .body("organisations[0].safetyAssessment.deadlineDays", equalTo(5))
                .body("organisations[0].safetyAssessment.withinDeadline", equalTo(false))
                .body("organisations[0].caseTypesWithoutNorm", contains("VT_SAFETY_ASSESSMENT"))
                .body("organisations[0].openCasesWithoutNorm", equalTo(30))
                .body("organisations[0].availableHours", closeTo(5 * 36 * 4 * 0.7, 1e-9))
                // None of the 30 has a norm: their hours are unknown, and 0% would read as idle staff.
                .body("organisations[0].committedHoursExpected", nullValue())
                .body("organisations[0].utilisationPercent", nullValue())
                .body("organisations[0].notes", hasItem(containsString("utilisation are unknown")));
    }

    @Test
    void aBacklogWithoutThroughputNeverClears() {
        Region region = Region.VR10;
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                load(Organisation.VT, Map.of(CaseType.VT_SAFETY_ASSESSMENT, 4L), 0, 5, safetyAssessments(4, 0, 0)))));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "VT").queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("organisations[0].safetyAssessment.daysToClear", nullValue())
                .body("organisations[0].safetyAssessment.withinDeadline", equalTo(false));
    }

    @Test
    void openCasesWithoutACaseTypeAreCountedApart() {
        Region region = Region.VR13;
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of(
                new OrganisationCaseload(Organisation.CSG, 5, Map.of(CaseType.CSG_ACUTE, 3L), Map.of(), 0, 0, 0,
                        null, null, List.of()))));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "CSG").queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200)
                .body("organisations[0].openCases", equalTo(5))
                .body("organisations[0].committedHoursExpected", closeTo(36.0, 1e-9))
                .body("organisations[0].openCasesWithoutCaseType", equalTo(2))
                .body("organisations[0].notes", hasItem(containsString("no case type")));
    }

    @Test
    void triageDownIs503NeverAWrongFigure() {
        Region region = Region.VR11;
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.now(), List.of()));
        TriageStub.down();
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("triage-service"))
                .body("organisations", nullValue());
        TriageStub.up();
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", region.name())
                .when().get("/api/utilisation")
                .then().statusCode(200);
    }

    @Test
    void triageFailingIs503Too() {
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", Region.VR12.name())
                .when().get("/api/utilisation")
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aRegionalCoordinatorGetsTheUtilisationOfTheirOwnRegionOnly() {
        Region region = Region.VR06;
        TriageStub.caseloads(region.name(), new Caseloads(region, Instant.parse("2026-11-29T10:00:00Z"), List.of(
                load(Organisation.CSG, Map.of(CaseType.CSG_ACUTE, 2L), 1, 1))));

        given().auth().oauth2(Tokens.coordinator(Region.VR13)).queryParam("region", "VR06")
                .when().get("/api/utilisation")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.coordinator(Region.VR06)).queryParam("region", "VR06")
                .when().get("/api/utilisation")
                .then().statusCode(200).body("region", equalTo("VR06"));
        // Without a region a regional coordinator still gets only their own.
        given().auth().oauth2(Tokens.coordinator(Region.VR06))
                .when().get("/api/utilisation")
                .then().statusCode(200).body("region", equalTo("VR06"));
        given().auth().oauth2(Tokens.as("coordinator").region(List.of("VR06")).sign())
                .when().get("/api/utilisation")
                .then().statusCode(403);
    }

    @Test
    void refusesBadParametersAndOtherRoles() {
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR99")
                .when().get("/api/utilisation")
                .then().statusCode(400).body("violations[0].field", equalTo("region"));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("org", "POLICE")
                .when().get("/api/utilisation")
                .then().statusCode(400).body("violations[0].field", equalTo("org"));
        given().auth().oauth2(Tokens.casemanager("CSG"))
                .when().get("/api/utilisation")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.ministry())
                .when().get("/api/utilisation")
                .then().statusCode(403);
    }
}
