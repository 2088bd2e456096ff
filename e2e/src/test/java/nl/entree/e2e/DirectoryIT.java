package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * The sociale kaart as real processes: public HSDS reads, writes for editors only, a routed contact that names its
 * regional centre, and routing that goes on while directory-service is down.
 */
class DirectoryIT {

    private static final String AMSTERDAM_CENTRE = "CSG Amsterdam-Amstelland";
    private final Suite suite = Suite.get();

    private String directory() {
        return suite.url("directory-service");
    }

    @Test
    void anyoneReadsTheHsdsApiWithoutAToken() throws IOException {
        Client.Reply services = Client.get(directory() + "/services?per_page=5", null);
        assertEquals(200, services.status());
        assertEquals(1, services.json().get("page_number").asInt());
        assertEquals(5, services.json().get("size").asInt());
        Client.Reply root = Client.get(directory() + "/", null);
        assertEquals("3.1", root.json().get("version").asText());
        assertTrue(root.json().get("origin").get("check_before_use").asBoolean(), "the seed is marked check before use");
    }

    @Test
    void onlyAnAdminOrAnEditorWrites() throws IOException {
        Client.Reply export = Client.get(directory() + "/api/directory/export", Tokens.as("editor").sign());
        assertEquals(200, export.status());
        Client.Reply anonymous = Client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(directory() + "/api/directory/import")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(export.body())), null, Map.of());
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.problem());
        Client.Reply casemanager = Client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(directory() + "/api/directory/import")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(export.body())),
                Contacts.casemanager(Organisation.CSG), Map.of());
        assertEquals(403, casemanager.status());
    }

    @Test
    void aRoutedContactShowsItsRegionalCentreAndHowToReachIt() throws IOException {
        JsonNode kase = routedCase();
        JsonNode regional = awaitRegionalService(kase.get("id").asText(), "RESOLVED");
        assertEquals(AMSTERDAM_CENTRE, regional.get("name").asText());

        Client.Reply where = Client.get(directory() + "/api/directory/where?organisation=CSG&region=VR13",
                Contacts.casemanager(Organisation.CSG));
        assertEquals(200, where.status());
        JsonNode lead = where.json().get("regional");
        assertEquals(regional.get("id").asText(), lead.get("service_at_location_id").asText());
        assertEquals("0800-0188", lead.get("phones").get(0).get("number").asText());
        assertEquals("OPEN", lead.get("openness").get("state").asText(), "CSG's line is open 24/7");
    }

    @Test
    void withTheDirectoryDownContactsAreRoutedAndTheirRegionalServiceIsResolvedLater() throws IOException {
        suite.stop("directory-service");
        JsonNode kase;
        try {
            kase = routedCase();
            assertEquals("OFFERED", kase.get("status").asText());
            assertEquals("PENDING", kase.get("regionalService").get("state").asText());
            webStillShowsTheCaseAndSaysTheDirectoryIsUnavailable(kase);
        } finally {
            suite.start("directory-service");
        }
        JsonNode regional = awaitRegionalService(kase.get("id").asText(), "RESOLVED");
        assertEquals(AMSTERDAM_CENTRE, regional.get("name").asText());
    }

    /**
     * web's case and saved-contact pages ask the directory how to reach the lead; with it down they still open, and
     * say in their own panel that this part is unavailable rather than show a number from elsewhere.
     */
    private void webStillShowsTheCaseAndSaysTheDirectoryIsUnavailable(JsonNode kase) throws IOException {
        if (!suite.apps().contains(Suite.WEB)) {
            return;
        }
        String cookie = "entree_session=" + Contacts.casemanager(Organisation.CSG);
        for (String path : List.of("/cases/" + kase.get("id").asText(), "/contacts/" + kase.get("contactId").asText())) {
            Client.Reply page = Client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(suite.url(Suite.WEB) + path)).GET(), null, Map.of("Cookie", cookie));
            assertEquals(200, page.status(), path);
            assertTrue(page.body().contains("data-panel-error=\"directory\""), path + " names the directory as down");
            assertTrue(page.body().contains("De sociale kaart (directory) is nu niet bereikbaar"), path);
            org.junit.jupiter.api.Assertions.assertFalse(page.body().contains("0800-0188"), path + " shows no number it did not get from the directory");
        }
    }

    /** Registers an acute rape in Amsterdam through intake, as a CSG casemanager, and returns its case once routed. */
    private JsonNode routedCase() throws IOException {
        Map<String, Object> assessment = new java.util.LinkedHashMap<>(Contacts.assessment(1));
        assessment.put("incidentTypes", List.of("RAPE"));
        assessment.remove("incidentDate");
        assessment.put("timeSinceIncident", "WITHIN_7_DAYS");
        assessment.put("needs", List.of("MEDICAL"));
        assessment.put("region", "VR13");
        assessment.put("immediateDanger", false);
        assessment.put("anonymous", true);
        assessment.remove("contact");
        Client.Reply created = Client.postJson(suite.url("intake-service") + "/api/contacts",
                Contacts.casemanager(Organisation.CSG), assessment, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertTrue(created.status() == 201 || created.status() == 200, "registered: " + created.status());
        String contact = created.json().get("id").asText();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            JsonNode c = Client.get(suite.url("intake-service") + "/api/contacts/" + contact,
                    Contacts.casemanager(Organisation.CSG)).json();
            if ("ROUTED".equals(c.get("status").asText())) {
                String caseId = c.get("routing").get("caseId").asText();
                Client.Reply kase = Client.get(suite.url("triage-service") + "/api/cases/" + caseId,
                        Contacts.casemanager(Organisation.CSG));
                assertEquals(200, kase.status());
                assertEquals("CSG", kase.json().get("leadOrganisation").asText());
                return kase.json();
            }
            Suite.sleep(500);
        }
        throw new AssertionError("The contact was not routed within two minutes");
    }

    private JsonNode awaitRegionalService(String caseId, String state) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        JsonNode regional = null;
        while (System.nanoTime() < deadline) {
            regional = Client.get(suite.url("triage-service") + "/api/cases/" + caseId,
                    Contacts.casemanager(Organisation.CSG)).json().get("regionalService");
            if (state.equals(regional.get("state").asText())) {
                return regional;
            }
            Suite.sleep(1000);
        }
        throw new AssertionError("The regional service of case " + caseId + " stayed " + regional);
    }
}
