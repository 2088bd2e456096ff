package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * "How to reach the lead" on the saved-contact and case pages, asked of the directory as the page is drawn: the
 * regional centre first (the one triage recorded, for a case), every way to reach the lead, and what is unknown.
 */
@QuarkusTest
@QuarkusTestResource(value = CaseServicesStub.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = DirectoryStub.class, restrictToAnnotatedClass = true)
class ReachPanelTest {

    private static final String CONTACT = UUID.randomUUID().toString();
    private static final String CASE = UUID.randomUUID().toString();
    private static final String KENNEMERLAND = "0b7d9f1c-4e6a-4c28-b3d5-8f1a3c5e7b92";
    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @BeforeEach
    void services() {
        CaseServicesStub.reset();
        DirectoryStub.reset();
        DirectoryStub.answer("GET /api/directory/where", 200, DirectoryAnswers.where("VR13",
                DirectoryAnswers.csgAmsterdam(), List.of(DirectoryAnswers.csgAmsterdam(), kennemerland(),
                        DirectoryAnswers.csgChat()), false));
    }

    /** A second centre of the CSG, which also covers the region. */
    private static Map<String, Object> kennemerland() {
        Map<String, Object> centre = DirectoryAnswers.csgAmsterdam();
        centre.put("service_at_location_id", KENNEMERLAND);
        centre.put("location_name", "CSG Kennemerland");
        centre.put("regions", List.of("VR12", "VR13"));
        centre.put("phones", List.of(DirectoryAnswers.json("number", "023-789 0000", "description", null,
                "verified", false, "note", null)));
        return centre;
    }

    private static Map<String, Object> contact(String region) {
        Map<String, Object> contact = DirectoryAnswers.json("id", CONTACT, "reference", "E-2026-000778",
                "registeredBy", "CSG", "status", "ROUTED", "receivedAt", "2026-12-04T11:00:00Z", "channel", "PHONE",
                "callerRole", "VICTIM", "anonymous", false, "incidentTypes", List.of("RAPE"), "setting", "HOME",
                "timeSinceIncident", "WITHIN_7_DAYS", "acute", true, "victimAgeGroup", "ADULT", "region", region,
                "needs", List.of("MEDICAL"), "immediateDanger", false, "consentToShare", true,
                "detailsErased", false,
                "routing", DirectoryAnswers.json("leadOrganisation", "CSG", "supportingOrganisations", List.of(),
                        "caseType", "CSG_ACUTE", "priority", "ACUTE", "respondBy", "2026-12-04T12:00:00Z",
                        "caseId", CASE, "caseStatus", "OFFERED", "routedAt", "2026-12-04T11:00:01Z"),
                "createdAt", "2026-12-04T11:00:00Z");
        if (region == null) {
            contact.remove("region");
        }
        return contact;
    }

    @Test
    void aSavedContactShowsTheRegionalCentreFirstAndEveryWayToReachTheLead() {
        CaseServicesStub.answer("GET /api/contacts/" + CONTACT, 200, contact("VR13"));
        Browser.as(CSG).get("/contacts/" + CONTACT).then().statusCode(200)
                .body(containsString("<h2 id=\"reach-title\">Zo bereikt u Centrum Seksueel Geweld</h2>"))
                .body(containsString("<p id=\"reach-regional\"><strong>Regionale dienst:</strong> "
                        + "<span id=\"reach-regional-name\">CSG Amsterdam-Amstelland</span></p>"))
                .body(not(containsString("class=\"synthetic-note\"")))
                .body(containsString(
                        "<li class=\"card reach-option reach-regional\"><h3>CSG Amsterdam-Amstelland</h3>"))
                .body(containsString("<li class=\"card reach-option\"><h3>CSG Kennemerland</h3>"))
                .body(containsString("<a href=\"tel:0237890000\" class=\"phone\">023-789 0000</a> "
                        + "<span class=\"badge check-badge\">controleer</span>"))
                .body(containsString("<li class=\"card reach-option\"><h3>Chat met het CSG</h3>"))
                // Casemanagers do not correct the directory.
                .body(not(containsString("correct-link")));
        assertEquals(List.of("GET /api/directory/where?organisation=CSG&region=VR13 "),
                DirectoryStub.calls("GET /api/directory/where"));
    }

    @Test
    void aCaseNamesTheCentreTriageRecordedEvenIfTheDirectoryWouldNowPickAnother() {
        Map<String, Object> assessment = DirectoryAnswers.json("channel", "PHONE", "callerRole", "VICTIM",
                "incidentTypes", List.of("RAPE"), "setting", "HOME", "timeSinceIncident", "WITHIN_7_DAYS",
                "victimAgeGroup", "ADULT", "region", "VR13", "needs", List.of("MEDICAL"), "immediateDanger", false,
                "anonymous", false, "consentToShare", true, "summary", "Wil teruggebeld worden");
        CaseServicesStub.answer("GET /api/cases/" + CASE, 200, DirectoryAnswers.json("id", CASE,
                "contactId", CONTACT, "reference", "E-2026-000778", "registeredBy", "CSG", "region", "VR13",
                "status", "ACCEPTED", "leadOrganisation", "CSG", "supportingOrganisations", List.of(),
                "caseType", "CSG_ACUTE", "priority", "ACUTE", "emergency", false, "acute", true,
                "receivedAt", "2026-12-04T11:00:00Z", "respondBy", "2026-12-04T12:00:00Z", "overdue", false,
                "atRisk", false, "nextDueAt", null, "escalatedAt", null, "acceptedAt", "2026-12-04T11:10:00Z",
                "closedAt", null, "outcome", null, "ruleSetVersion", 1,
                "decision", DirectoryAnswers.json("rationale", List.of("Rape within 7 days"),
                        "rationaleNl", List.of("Verkrachting, minder dan 7 dagen geleden"), "ruleSetVersion", 1),
                "assessment", assessment, "milestones", List.of(), "supporters", List.of(), "samePerson", null,
                "history", List.of(), "erasedAt", null,
                "regionalService", DirectoryAnswers.json("id", KENNEMERLAND, "name", "CSG Kennemerland",
                        "state", "RESOLVED", "resolvedAt", "2026-12-04T11:00:02Z")));
        Browser.as(CSG).get("/cases/" + CASE).then().statusCode(200)
                .body(containsString("<span id=\"reach-regional-name\">CSG Kennemerland</span>"))
                .body(containsString("<li class=\"card reach-option reach-regional\"><h3>CSG Kennemerland</h3>"))
                .body(containsString("<li class=\"card reach-option\"><h3>CSG Amsterdam-Amstelland</h3>"));
    }

    @Test
    void aRegionWithoutACentreSaysSoAndTheCheckNoteShows() {
        DirectoryStub.answer("GET /api/directory/where", 200, DirectoryAnswers.where("VR13", null,
                List.of(DirectoryAnswers.csgChat()), true));
        CaseServicesStub.answer("GET /api/contacts/" + CONTACT, 200, contact("VR13"));
        Browser.as(CSG).get("/contacts/" + CONTACT).then().statusCode(200)
                .body(containsString("<strong>Regionale dienst:</strong> onbekend: de sociale kaart kent geen "
                        + "regionaal centrum voor Amsterdam-Amstelland (VR13); hieronder staat wat landelijk "
                        + "bereikbaar is</p>"))
                .body(containsString("<p class=\"synthetic-note\">De sociale kaart is nog niet gecontroleerd"))
                .body(containsString("<li class=\"card reach-option\"><h3>Chat met het CSG</h3>"));
    }

    @Test
    void withoutARegionOnlyTheLeadsNationalLinesAreShownInEnglishToo() {
        DirectoryStub.answer("GET /api/directory/search", 200, List.of(DirectoryAnswers.csgAmsterdam(),
                DirectoryAnswers.csgChat(), DirectoryAnswers.vtWalkIn()));
        CaseServicesStub.answer("GET /api/contacts/" + CONTACT, 200, contact(null));
        Browser.as(CSG).cookie("entree_lang", "en").get("/contacts/" + CONTACT).then().statusCode(200)
                .body(containsString("<h2 id=\"reach-title\">How to reach Centrum Seksueel Geweld</h2>"))
                .body(containsString("<strong>Regional service:</strong> unknown: no safety region was entered for "
                        + "this contact</p>"))
                .body(containsString("<li class=\"card reach-option\"><h3>Chat met het CSG</h3>"))
                .body(not(containsString("<h3>CSG Amsterdam-Amstelland</h3>")))
                .body(not(containsString("<h3>Veilig Thuis Amsterdam-Amstelland</h3>")));
        assertEquals(List.of("GET /api/directory/search "), DirectoryStub.calls("GET /api/directory/search"));
        assertEquals(List.of(), DirectoryStub.calls("GET /api/directory/where"));
    }
}
