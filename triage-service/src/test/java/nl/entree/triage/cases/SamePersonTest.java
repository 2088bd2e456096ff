package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * Issue 17, one story told once: a person's cases at different organisations are linked by the keyed hash of their
 * client code; their content is shared only with consent on both. Regions VR04 and VR07 in May 2018 belong to this
 * test.
 */
@QuarkusTest
class SamePersonTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person link as intake makes one: key id, then a 32-byte keyed hash in base64. */
    private static String personLink() {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        return "1:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
    }

    private static String create(AssessmentBuilder assessment, String registeredBy, String link) {
        return create(assessment.region("VR04"), registeredBy, link, "VR04");
    }

    private static String create(AssessmentBuilder assessment, String registeredBy, String link, String region) {
        var body = assessment.region(region).asNewCase();
        body.put("registeredBy", registeredBy);
        body.put("personLinks", List.of(link));
        return as(Api.intake()).body(body).post("/api/cases").then().statusCode(201).extract().path("caseId");
    }

    private static AssessmentBuilder rapeToCsg(String on) {
        return AssessmentBuilder.assessment().types("RAPE").receivedAt(Instant.parse(on))
                .with("summary", "Verkrachting door een bekende, wil eerst praten");
    }

    private static AssessmentBuilder homeToVt(String on) {
        return AssessmentBuilder.assessment().types("DOMESTIC_VIOLENCE").setting("HOME").receivedAt(Instant.parse(on));
    }

    @Test
    void aConsentedSecondContactAtAnotherOrganisationSeesTheFirstAndWhatWasAlreadyTold() {
        String link = personLink();
        String first = create(rapeToCsg("2018-05-02T10:00:00Z"), "CSG", link);
        String second = create(homeToVt("2018-05-20T10:00:00Z"), "VT", link);

        as(Tokens.casemanager("VT")).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(1))
                .body("samePerson.knownElsewhere[0].caseId", equalTo(first))
                .body("samePerson.knownElsewhere[0].leadOrganisation", equalTo("CSG"))
                .body("samePerson.knownElsewhere[0].since", equalTo("2018-05-02T10:00:00Z"))
                .body("samePerson.knownElsewhere[0].assessment.summary",
                        equalTo("Verkrachting door een bekende, wil eerst praten"));
        // Both ways: CSG sees that VT has the person now.
        as(Tokens.casemanager("CSG")).get("/api/cases/" + first).then().statusCode(200)
                .body("samePerson.knownElsewhere[0].leadOrganisation", equalTo("VT"));
        // Someone else's client code links nothing.
        String stranger = create(homeToVt("2018-05-21T10:00:00Z"), "VT", personLink());
        as(Tokens.coordinator()).get("/api/cases/" + stranger).then().body("samePerson.count", equalTo(0));
    }

    @Test
    void aRegionalCoordinatorSeesTheContentOfLinkedCasesInTheirRegionOnlyAndCountsThemAll() {
        String link = personLink();
        String elsewhere = create(rapeToCsg("2018-05-06T10:00:00Z"), "CSG", link, "VR07");
        String here = create(rapeToCsg("2018-05-07T10:00:00Z"), "CSG", link, "VR04");
        String second = create(homeToVt("2018-05-24T10:00:00Z"), "VT", link, "VR04");

        String vr04 = Tokens.as("coordinator").region("VR04").subject("linked-reader-vr04").sign();
        as(vr04).get("/api/cases/" + elsewhere).then().statusCode(404);
        as(vr04).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(2))
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(here)));
        as(Tokens.coordinator("VR07")).get("/api/cases/" + elsewhere).then().statusCode(200)
                .body("samePerson.count", equalTo(2))
                .body("samePerson.knownElsewhere", empty());
        // A national coordinator sees both; consent opens them to the organisations that help the person.
        as(Tokens.coordinator()).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(elsewhere, here)));
        as(Tokens.casemanager("VT")).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(2))
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(elsewhere, here)));

        as(Tokens.admin()).get("/api/audit?objectId=" + elsewhere).then().statusCode(200)
                .body("findAll { it.actor == 'linked-reader-vr04' }.action", contains("CASE_READ"))
                .body("findAll { it.actor == 'linked-reader-vr04' }.result", contains("NOT_FOUND"));
        as(Tokens.admin()).get("/api/audit?objectId=" + here).then().statusCode(200)
                .body("findAll { it.actor == 'linked-reader-vr04' }.action", contains("CASE_READ_LINKED"));
    }

    @Test
    void aCasemanagerBoundToARegionIsHandedOverTheLinkedCasesOfTheirRegionAndOfNoKnownRegionOnly() {
        String link = personLink();
        String elsewhere = create(rapeToCsg("2018-05-10T10:00:00Z"), "CSG", link, "VR07");
        String unknown = create(rapeToCsg("2018-05-11T10:00:00Z"), "CSG", link, null);
        String here = create(rapeToCsg("2018-05-12T10:00:00Z"), "CSG", link, "VR04");
        String second = create(homeToVt("2018-05-27T10:00:00Z"), "VT", link, "VR04");

        String vr04 = Tokens.as("casemanager").org("VT").region("VR04").subject("vt-vr04-reads-linked").sign();
        as(vr04).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(2))
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(unknown, here)));
        as(Tokens.casemanager("VT")).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(elsewhere, unknown, here)));
        as(Tokens.admin()).get("/api/audit?objectId=" + elsewhere).then().statusCode(200)
                .body("findAll { it.actor == 'vt-vr04-reads-linked' }", empty());
    }

    @Test
    void whatThePersonSaidIsHandedOverToTheOrganisationsNotToCoordinators() {
        String link = personLink();
        String first = create(rapeToCsg("2018-05-08T10:00:00Z"), "CSG", link);
        String second = create(homeToVt("2018-05-25T10:00:00Z"), "VT", link);

        as(Tokens.casemanager("VT")).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.knownElsewhere[0].caseId", equalTo(first))
                .body("samePerson.knownElsewhere[0].assessment.summary",
                        equalTo("Verkrachting door een bekende, wil eerst praten"));
        for (String coordinator : List.of(Tokens.coordinator(), Tokens.coordinator("VR04"))) {
            as(coordinator).get("/api/cases/" + second).then().statusCode(200)
                    .body("samePerson.knownElsewhere[0].caseId", equalTo(first))
                    .body("samePerson.knownElsewhere[0].assessment.incidentTypes", equalTo(List.of("RAPE")))
                    .body("samePerson.knownElsewhere[0].assessment.summary", nullValue());
        }
    }

    @Test
    void anOrganisationThatDeclinesIsNotShownThePersonsOtherCasesNorRecordedAsReadingThem() {
        String link = personLink();
        String first = create(rapeToCsg("2018-05-09T10:00:00Z"), "CSG", link);
        String second = create(homeToVt("2018-05-26T10:00:00Z"), "VT", link);
        String vt = Tokens.as("casemanager").org("VT").subject("vt-declines-a-linked-case").sign();
        as(vt).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(first)));

        // The decline, then the same sent again (a double click), which is answered as the first was.
        for (int i = 0; i < 2; i++) {
            as(vt).body(Map.of("reason", "Past niet bij ons")).post("/api/cases/" + second + "/decline").then()
                    .statusCode(200)
                    .body("status", equalTo("NEEDS_REVIEW"))
                    .body("samePerson.count", nullValue())
                    .body("samePerson.knownElsewhere", empty());
        }
        as(Tokens.admin()).get("/api/audit?objectId=" + first).then().statusCode(200)
                .body("findAll { it.actor == 'vt-declines-a-linked-case' }.action",
                        equalTo(List.of("CASE_READ_LINKED")));
    }

    @Test
    void withoutConsentACoordinatorLearnsOnlyThatALinkExistsAndACasemanagerNothing() {
        String link = personLink();
        create(rapeToCsg("2018-05-03T10:00:00Z"), "CSG", link);
        String unconsented = create(homeToVt("2018-05-22T10:00:00Z").with("consentToShare", false), "VT", link);

        as(Tokens.casemanager("VT")).get("/api/cases/" + unconsented).then().statusCode(200)
                .body("samePerson.count", nullValue())
                .body("samePerson.knownElsewhere", empty());
        as(Tokens.coordinator()).get("/api/cases/" + unconsented).then().statusCode(200)
                .body("samePerson.count", equalTo(1))
                .body("samePerson.knownElsewhere", empty());
    }

    @Test
    void aCasemanagerCountsOnlyTheCasesSharedWithConsentNotTheOthers() {
        String link = personLink();
        String shared = create(rapeToCsg("2018-05-04T10:00:00Z"), "CSG", link);
        create(rapeToCsg("2018-05-05T10:00:00Z").with("consentToShare", false), "CSG", link);
        String second = create(homeToVt("2018-05-23T10:00:00Z"), "VT", link);

        as(Tokens.casemanager("VT")).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(1))
                .body("samePerson.knownElsewhere.caseId", equalTo(List.of(shared)));
        as(Tokens.coordinator()).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(2));
    }

    @Test
    void theLinksCountAsDuplicateIntakesPerMonthAndGoWithTheErasedCase() {
        String month = "/api/cases/stats/linked?from=2018-06&to=2018-06";
        var before = as(Tokens.coordinator()).get(month).then().statusCode(200).extract().jsonPath();
        String link = personLink();
        UUID firstContact = UUID.randomUUID();
        var first = rapeToCsg("2018-06-01T10:00:00Z").region("VR04").asNewCase(firstContact);
        first.put("personLinks", List.of(link));
        as(Api.intake()).body(first).post("/api/cases").then().statusCode(201);
        String second = create(homeToVt("2018-06-10T10:00:00Z"), "VT", link);

        var after = as(Tokens.coordinator()).get(month).then().statusCode(200).extract().jsonPath();
        assertEquals(secondIntakes(before) + 1, secondIntakes(after), "the second contact is a second intake");
        assertEquals(received(before) + 2, received(after));

        as(Api.intake()).body(Map.of("contactId", firstContact.toString(), "scope", "EVERYTHING"))
                .post("/api/cases/erasures").then().statusCode(204);
        as(Tokens.coordinator()).get("/api/cases/" + second).then().body("samePerson.count", equalTo(0));
        as(Tokens.coordinator()).get("/api/cases/stats/linked?from=2018-06&to=2018-05").then().statusCode(400);
    }

    @Test
    void aSecondIntakeStaysCountedInItsMonthWhenTheEarlierCaseIsErased() {
        String month = "/api/cases/stats/linked?from=2018-07&to=2018-07";
        var before = as(Tokens.coordinator()).get(month).then().statusCode(200).extract().jsonPath();
        String link = personLink();
        UUID firstContact = UUID.randomUUID();
        var first = rapeToCsg("2018-07-02T10:00:00Z").region("VR04").asNewCase(firstContact);
        first.put("personLinks", List.of(link));
        as(Api.intake()).body(first).post("/api/cases").then().statusCode(201);
        String second = create(homeToVt("2018-07-20T10:00:00Z"), "VT", link);
        var counted = as(Tokens.coordinator()).get(month).then().statusCode(200).extract().jsonPath();
        assertEquals(secondIntakes(before) + 1, secondIntakes(counted), "the second contact is a second intake");

        // Intake erases the first contact: the link that found the second intake goes, the person is forgotten.
        as(Api.intake()).body(Map.of("contactId", firstContact.toString(), "scope", "EVERYTHING"))
                .post("/api/cases/erasures").then().statusCode(204);
        as(Tokens.coordinator()).get("/api/cases/" + second).then().statusCode(200)
                .body("samePerson.count", equalTo(0));

        var later = as(Tokens.coordinator()).get(month).then().statusCode(200).extract().jsonPath();
        assertEquals(secondIntakes(counted), secondIntakes(later), "July's second intakes do not shrink");
        assertEquals(received(before) + 2, received(later), "both contacts are counted in July");
    }

    private static long secondIntakes(JsonPath months) {
        return months.getList("$").isEmpty() ? 0 : months.getLong("[0].linkedToEarlierCase");
    }

    private static long received(JsonPath months) {
        return months.getList("$").isEmpty() ? 0 : months.getLong("[0].cases");
    }
}
