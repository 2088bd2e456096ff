package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.e2e.Suite;
import nl.entree.support.token.Tokens;

/**
 * The case list at volume, in a real browser: a CSG casemanager pages through more cases than fit on one page, finds
 * one person's case by client code or by reference without either reaching an address, and filters the list.
 */
class CaseListIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    @Test
    void aCasemanagerPagesThroughTheListAndFindsOneCaseByClientCodeOrReference() throws Exception {
        String clientCode = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String reference = registerAcuteRape(clientCode);
        atLeastCsgCases(51);

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/cases");
            String count = browser.find("case-count").getText();
            assertTrue(count.matches("Casussen 1–50 van [0-9.]+"), count);
            browser.clickThrough("page-next");
            assertTrue(browser.find("case-count").getText().startsWith("Casussen 51–"), browser.find("case-count").getText());
            assertTrue(browser.driver.getCurrentUrl().endsWith("/cases?pagina=2"), browser.driver.getCurrentUrl());
            assertTrue(browser.find("pager").getText().contains("Pagina 2 van"));
            browser.assertAccessible();

            browser.find("q").sendKeys(clientCode);
            browser.clickThrough("search");
            assertTrue(browser.find("case-count").getText().startsWith("1 gevonden."), browser.find("case-count").getText());
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#cases tbody tr"));
            assertEquals(1, rows.size());
            assertTrue(rows.get(0).getText().contains(reference), rows.get(0).getText());
            assertFalse(browser.driver.getCurrentUrl().contains(clientCode), "a client code never reaches an address");
            assertEquals(clientCode, browser.find("q").getAttribute("value"));

            browser.find("q").clear();
            browser.find("q").sendKeys(reference.substring(3).toLowerCase());
            browser.find("searchBy").click();
            browser.clickThrough("search");
            assertTrue(browser.driver.findElement(By.cssSelector("#cases tbody")).getText().contains(reference));
            browser.assertAccessible();
        }
    }

    @Test
    void aFilterNarrowsTheListAndIsKeptWhilePaging() throws Exception {
        registerAcuteRape(null);
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/cases");
            browser.driver.findElement(By.cssSelector("#case-filters summary")).click();
            browser.select("priority", "ACUTE");
            browser.select("region", "VR13");
            browser.clickThrough("filter");

            assertTrue(browser.driver.getCurrentUrl().contains("priority=ACUTE"), browser.driver.getCurrentUrl());
            List<WebElement> priorities = browser.driver.findElements(By.cssSelector("#cases tbody td.prio"));
            assertFalse(priorities.isEmpty());
            assertTrue(priorities.stream().allMatch(p -> p.getText().equals("Acuut")));
            assertTrue(browser.find("case-count").getText().contains("Filters wissen"));
            if (!browser.driver.findElements(By.id("page-next")).isEmpty()) {
                assertTrue(browser.find("page-next").getAttribute("href").contains("priority=ACUTE"));
            }
            browser.assertAccessible();
        }
    }

    /** An acute rape in VR13, registered by CSG: CSG leads it. Returns its reference once triage has its case. */
    private static String registerAcuteRape(String clientCode) throws Exception {
        JsonNode created = register(clientCode);
        String id = created.get("id").asText();
        for (int attempt = 0; attempt < 120; attempt++) {
            JsonNode routing = get(intake() + "/api/contacts/" + id).get("routing");
            if (routing != null && routing.hasNonNull("leadOrganisation")) {
                return created.get("reference").asText();
            }
            WebBrowser.sleep(500);
        }
        throw new AssertionError("contact " + id + " was not routed within a minute");
    }

    private static JsonNode register(String clientCode) throws Exception {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("receivedAt", Instant.now().minusSeconds(60).toString());
        contact.put("channel", "PHONE");
        contact.put("callerRole", "VICTIM");
        contact.put("incidentTypes", List.of("RAPE"));
        contact.put("setting", "HOME");
        contact.put("timeSinceIncident", "WITHIN_7_DAYS");
        contact.put("victimAgeGroup", "ADULT");
        contact.put("region", "VR13");
        contact.put("needs", List.of());
        contact.put("consentToShare", false);
        if (clientCode != null) {
            contact.put("clientCode", clientCode);
        }
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(intake() + "/api/contacts"))
                .header("Authorization", "Bearer " + CSG).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(contact))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body());
    }

    /** More cases than one page holds: other tests share the suite, so only what is missing is added. */
    private static void atLeastCsgCases(int wanted) throws Exception {
        for (long i = csgCases(); i < wanted; i++) {
            register(null);
        }
        for (int attempt = 0; attempt < 120 && csgCases() < wanted; attempt++) {
            WebBrowser.sleep(500);
        }
        assertTrue(csgCases() >= wanted, "triage has the cases intake handed on");
    }

    private static long csgCases() throws IOException, InterruptedException {
        return get(Suite.get().url("triage-service") + "/api/cases?size=1").get("total").asLong();
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + CSG).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), url + ": " + reply.body());
        return JSON.readTree(reply.body());
    }

    private static String intake() {
        return Suite.get().url("intake-service");
    }
}
