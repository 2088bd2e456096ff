package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * Issue 12, section 3: access to a contact follows triage's current lead, in intake's lists too, and a region claim
 * means what it says.
 */
class AccessFollowsTheCaseIT {

    private final Suite suite = Suite.get();

    @Test
    void afterHelpwantedDeclinesAndACoordinatorReassignsToShnOnlyShnSeesTheContact() throws IOException {
        String intake = suite.url("intake-service");
        String triage = suite.url("triage-service");
        String csg = Contacts.casemanager(Organisation.CSG);
        String helpwanted = Contacts.casemanager(Organisation.HELPWANTED);
        String shn = Contacts.casemanager(Organisation.SHN);
        Map<String, Object> contact = Map.ofEntries(Map.entry("channel", "CHAT"), Map.entry("callerRole", "VICTIM"),
                Map.entry("anonymous", false), Map.entry("incidentTypes", List.of("SEXTORTION")),
                Map.entry("setting", "ONLINE"), Map.entry("timeSinceIncident", "MORE_THAN_7_DAYS"),
                Map.entry("victimAgeGroup", "ADULT"), Map.entry("region", "VR13"), Map.entry("needs", List.of()),
                Map.entry("immediateDanger", false), Map.entry("consentToShare", true),
                Map.entry("summary", "Images were shared without consent."),
                Map.entry("contact", Map.of("name", "Robin Reassigned", "phone", "+31 6 12121212")));
        Client.Reply registered = Client.postJson(intake + "/api/contacts", csg, contact,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, registered.status(), registered.body());
        String id = registered.json().get("id").asText();
        JsonNode routed = awaitRouted(intake + "/api/contacts/" + id, csg);
        assertEquals("HELPWANTED", routed.at("/routing/leadOrganisation").asText());
        String caseId = routed.at("/routing/caseId").asText();

        assertEquals("+31 6 12121212", Client.get(intake + "/api/contacts/" + id, helpwanted).json()
                .at("/contact/phone").asText());
        assertEquals(200, Client.postJson(triage + "/api/cases/" + caseId + "/decline", helpwanted,
                Map.of("reason", "Not online abuse after all"), Map.of()).status());
        assertEquals(200, Client.postJson(triage + "/api/cases/" + caseId + "/reassign", Tokens.coordinator(),
                Map.of("leadOrganisation", "SHN", "reason", "Victim support"), Map.of()).status());

        // Before anyone at SHN opens the contact, intake's routing pull, on its own schedule, puts it in SHN's list.
        assertTrue(awaitListed(intake + "/api/contacts?size=100", shn, id),
                "the new lead's list must show the contact within a minute of the reassignment");

        Client.Reply old = Client.get(intake + "/api/contacts/" + id, helpwanted);
        assertEquals(404, old.status(), "the old lead must lose the contact: " + old.body());
        assertFalse(Client.get(intake + "/api/contacts?size=100", helpwanted).body().contains(id),
                "the old lead's list must not show it");
        JsonNode now = Client.get(intake + "/api/contacts/" + id, shn).json();
        assertEquals("+31 6 12121212", now.at("/contact/phone").asText(), "the new lead gets the details");
        assertEquals("Images were shared without consent.", now.get("summary").asText());
        assertEquals("SHN", now.at("/routing/leadOrganisation").asText());

        // intake asked triage who is involved at every read and list above; triage's trail of the case says so as
        // access checks, and names no one as having read the case.
        List<String> trail = new ArrayList<>();
        Client.get(triage + "/api/audit?objectId=" + caseId, Tokens.admin()).json()
                .forEach(entry -> trail.add(entry.get("action").asText()));
        assertTrue(trail.contains("CASE_ACCESS_CHECK"), trail.toString());
        assertFalse(trail.contains("CASE_READ"), "intake's access checks are not reads of the case: " + trail);
    }

    @Test
    void aRegionalCoordinatorGetsTheUtilisationOfTheirOwnRegionOnly() throws IOException {
        String capacity = suite.url("capacity-service") + "/api/utilisation";
        assertEquals(403, Client.get(capacity + "?region=VR05", Tokens.coordinator("VR13")).status());
        assertEquals(200, Client.get(capacity + "?region=VR13", Tokens.coordinator("VR13")).status());
        for (Object claim : List.of("vr13", List.of("VR13"))) {
            String token = Tokens.as("coordinator").region(claim).sign();
            assertEquals(403, Client.get(capacity, token).status(), "region claim " + claim);
            assertEquals(403, Client.get(suite.url("triage-service") + "/api/cases/closed?from=2026-01-01&to=2026-01-02",
                    token).status(), "region claim " + claim);
        }
    }

    /** Whether the list shows the contact within a minute: the pull runs every 30 seconds. */
    private static boolean awaitListed(String url, String token, String id) throws IOException {
        for (int attempt = 0; attempt < 60; attempt++) {
            Client.Reply list = Client.get(url, token);
            assertEquals(200, list.status(), list.body());
            for (JsonNode item : list.json().get("items")) {
                if (id.equals(item.get("id").asText())) {
                    return true;
                }
            }
            Suite.sleep(1000);
        }
        return false;
    }

    private static JsonNode awaitRouted(String url, String token) throws IOException {
        for (int attempt = 0; attempt < 120; attempt++) {
            JsonNode contact = Client.get(url, token).json();
            if ("ROUTED".equals(contact.get("status").asText())) {
                return contact;
            }
            Suite.sleep(250);
        }
        throw new AssertionError("not routed: " + url);
    }
}
