package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.e2e.Client;
import nl.entree.e2e.Suite;
import nl.entree.support.token.Tokens;

/**
 * Issue 17 across the real services: a Veilig Thuis case is late on its statutory safety assessment until the
 * casemanager records it, which starts the ten-week follow-up and empties capacity's VT backlog of it; an acute offer
 * nobody accepts reaches the coordinators' queue by itself; a supporting organisation acknowledges its part and logs
 * hours that capacity counts as support; an onward referral's wait reaches the waiting times; a person who told
 * CSG their story and consented is known at Veilig Thuis with it. Region VR19 belongs to this test alone.
 */
class AfterRoutingIT {

    private static final String REGION = "VR19";

    /** Domestic violence at home, reported six days ago, as intake registers it. */
    private static Map<String, Object> veiligThuisContact() {
        Map<String, Object> c = new HashMap<>();
        c.put("receivedAt", Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        c.put("channel", "PHONE");
        c.put("callerRole", "BYSTANDER");
        c.put("anonymous", true);
        c.put("incidentTypes", List.of("DOMESTIC_VIOLENCE"));
        c.put("setting", "HOME");
        c.put("timeSinceIncident", "MORE_THAN_7_DAYS");
        c.put("victimAgeGroup", "ADULT");
        c.put("region", REGION);
        c.put("needs", List.of());
        c.put("immediateDanger", false);
        c.put("consentToShare", false);
        return c;
    }

    @Test
    void aVeiligThuisCaseIsLateUntilItsSafetyAssessmentIsRecordedAndCapacityCountsIt() throws Exception {
        long overdueBefore = vtAssessmentsOverdue();
        String caseId = routedCase(veiligThuisContact(), "VT");
        assertEquals(overdueBefore + 1, vtAssessmentsOverdue(), "capacity counts the late assessment");

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "VT");
            browser.go("/cases/" + caseId);
            browser.visible("case-status");
            assertEquals("OVERDUE", browser.driver.findElement(By.cssSelector(
                    "#milestones-table tr[data-milestone='SAFETY_ASSESSMENT'] .badge")).getAttribute("data-state"));
            assertTrue(browser.find("milestones-table").getText().contains("wettelijke termijn"),
                    browser.find("milestones-table").getText());
            assertTrue(browser.find("next-deadline").getText().contains("TE LAAT"));
            browser.clickThrough("accept");
            browser.assertAccessible();

            // Only the assessment can be recorded now: the follow-up's ten weeks have not started.
            assertTrue(browser.driver.findElements(By.cssSelector("input[name=milestone][value=FOLLOW_UP]")).isEmpty());
            assertTrue(browser.find("milestone-milestone").isSelected());
            browser.clickThrough("record-milestone");
            assertEquals("Mijlpaal vastgelegd.", browser.visible("done").getText());
            assertEquals("DONE", browser.driver.findElement(By.cssSelector(
                    "#milestones-table tr[data-milestone='SAFETY_ASSESSMENT'] .badge")).getAttribute("data-state"));
            assertEquals("OPEN", browser.driver.findElement(By.cssSelector(
                    "#milestones-table tr[data-milestone='FOLLOW_UP'] .badge")).getAttribute("data-state"));
            assertTrue(!browser.find("next-deadline").getText().contains("TE LAAT"));
            browser.assertAccessible();

            // Done yesterday, typed in today: corrected with a reason, and the history keeps the day it had.
            LocalDate yesterday = LocalDate.now(DutchTime.ZONE).minusDays(1);
            browser.driver.findElement(By.cssSelector(
                    "#milestones-table tr[data-milestone='SAFETY_ASSESSMENT'] details summary")).click();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].value = arguments[1];", browser.find("correct-SAFETY_ASSESSMENT-doneOn"),
                    yesterday.toString());
            browser.find("correct-SAFETY_ASSESSMENT-reason").sendKeys("Gisteren gedaan, vandaag ingevoerd");
            browser.clickThrough("correct-SAFETY_ASSESSMENT");
            assertTrue(browser.visible("done").getText().startsWith("Mijlpaal gecorrigeerd"));
            assertTrue(browser.find("history").getText().contains("Mijlpaal ‘Veiligheidsbeoordeling afgerond’ "
                    + "gecorrigeerd"), browser.find("history").getText());
            browser.assertAccessible();
        }
        assertEquals(overdueBefore, vtAssessmentsOverdue(), "recorded, it leaves the backlog's late ones");
        JsonNode followUp = get("triage-service", "/api/cases/" + caseId).at("/milestones/1");
        LocalDate yesterday = LocalDate.now(DutchTime.ZONE).minusDays(1);
        assertEquals(yesterday.plusWeeks(10).plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(),
                Instant.parse(followUp.get("dueAt").asText()), "ten weeks from the corrected day");
    }

    @Test
    void anAcuteOfferNobodyAcceptsReachesTheCoordinatorsByItself() throws Exception {
        String reference = "E2E-ESC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> assessment = veiligThuisContact();
        assessment.put("receivedAt", Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        assessment.put("callerRole", "VICTIM");
        assessment.put("incidentTypes", List.of("RAPE"));
        assessment.put("setting", "OTHER");
        assessment.put("timeSinceIncident", "WITHIN_7_DAYS");
        String caseId = postCase(reference, assessment);

        JsonNode escalated = await("the offer escalates", 90, () -> {
            JsonNode found = get("triage-service", "/api/cases/" + caseId);
            return found.hasNonNull("escalatedAt") ? found : null;
        });
        assertEquals("OFFERED", escalated.get("status").asText(), "the lead may still accept it");
        JsonNode history = escalated.get("history");
        assertEquals("triage-service", history.get(history.size() - 1).get("actor").asText());
        assertEquals("Not accepted within the response time: escalated to the coordinators.",
                history.get(history.size() - 1).get("reason").asText(), "triage writes English, as every service");

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("coordinator", null);
            browser.go("/cases/" + caseId);
            assertTrue(browser.visible("escalated").getText().startsWith("Geëscaleerd naar de coördinatoren"),
                    browser.find("escalated").getText());
            assertTrue(browser.find("history").getText().contains("Geëscaleerd naar de coördinatoren"));
            assertTrue(browser.find("history").getText().contains("Niet geaccepteerd binnen de reactietermijn"),
                    "the Dutch page gives triage's reason in Dutch: " + browser.find("history").getText());
            browser.assertAccessible();
            // Other tests share the suite: the queue holds this offer, but it may hold a hundred older ones first.
            browser.go("/board");
            browser.visible("escalated");
            assertTrue(browser.find("milestone-loads").getText().contains("Veiligheidsbeoordeling afgerond"),
                    browser.find("milestone-loads").getText());
            browser.assertAccessible();
        }
    }

    @Test
    void aSupportingOrganisationAcknowledgesItsPartAndLogsHoursThatCapacityCounts() throws Exception {
        Map<String, Object> contact = veiligThuisContact();
        contact.put("receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        contact.put("callerRole", "VICTIM");
        contact.put("incidentTypes", List.of("RAPE"));
        contact.put("setting", "OTHER");
        contact.put("needs", List.of("LEGAL"));
        String caseId = routedCase(contact, "CSG");
        double before = get("capacity-service", "/api/utilisation?org=SHN").at("/organisations/0/supportHoursLastWeeks")
                .asDouble();

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "SHN");
            browser.go("/cases/" + caseId);
            assertEquals("ASKED", browser.driver.findElement(By.cssSelector(
                    "#supporters li[data-supporter='SHN'] .supporter-state")).getAttribute("data-state"));
            assertTrue(browser.driver.findElements(By.id("accept")).isEmpty(), "only the lead accepts");
            browser.clickThrough("acknowledge");
            assertEquals("Uw rol is bevestigd.", browser.visible("done").getText());
            assertEquals("ACKNOWLEDGED", browser.driver.findElement(By.cssSelector(
                    "#supporters li[data-supporter='SHN'] .supporter-state")).getAttribute("data-state"));
            browser.assertAccessible();
        }
        // The case is the lead's to accept; a supporter's hours are booked once there is work, as here.
        Client.Reply accepted = Client.postJson(Suite.get().url("triage-service") + "/api/cases/" + caseId
                + "/accept", Tokens.casemanager(Organisation.CSG), Map.of(), Map.of());
        assertEquals(200, accepted.status(), accepted.body());
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "SHN");
            browser.go("/cases/" + caseId);
            browser.find("hours-minutes").sendKeys("1,5");
            browser.clickThrough("log-hours");
            assertEquals("Uren opgeslagen.", browser.visible("done").getText());
        }
        double after = get("capacity-service", "/api/utilisation?org=SHN").at("/organisations/0/supportHoursLastWeeks")
                .asDouble();
        assertEquals(1.5, after - before, 1e-9, "capacity counts SHN's hours as support");
    }

    @Test
    void anOnwardReferralsWaitAppearsInTheWaitingTimes() throws Exception {
        Map<String, Object> contact = veiligThuisContact();
        contact.put("receivedAt", Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        contact.put("callerRole", "VICTIM");
        contact.put("incidentTypes", List.of("RAPE"));
        contact.put("setting", "OTHER");
        String caseId = routedCase(contact, "CSG");
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        String waitingTimes = "/api/referrals/waiting-times?from=" + today.minusDays(1) + "&to=" + today
                + "&region=" + REGION;
        long before = ggzStarted(get("triage-service", waitingTimes));

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/cases/" + caseId);
            browser.clickThrough("accept");
            browser.select("referral-kind", "GGZ");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].value = arguments[1];", browser.find("referral-askedOn"),
                    today.minusDays(21).toString());
            browser.clickThrough("add-referral");
            assertEquals("Doorverwijzing vastgelegd.", browser.visible("done").getText());
            String referral = browser.driver.findElement(By.cssSelector("#referrals-table tr[data-referral]"))
                    .getAttribute("data-referral");
            browser.select("progress-" + referral + "-step", "STARTED");
            browser.clickThrough("progress-" + referral);
            assertEquals("Stap van de doorverwijzing opgeslagen.", browser.visible("done").getText());
            assertTrue(browser.find("referrals-table").getText().contains("21 dagen"),
                    browser.find("referrals-table").getText());
            browser.assertAccessible();
        }
        assertEquals(before + 1, ggzStarted(get("triage-service", waitingTimes)));

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("coordinator", null);
            browser.go("/board");
            assertTrue(browser.visible("waiting-times").getText().contains("GGZ"),
                    browser.find("waiting-times").getText());
            browser.assertAccessible();
        }
    }

    @Test
    void aPersonKnownAtCsgWhoConsentedIsKnownAtVeiligThuisToAndTheirStoryIsHandedOver() throws Exception {
        String code = "e2e-" + UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> atCsg = veiligThuisContact();
        atCsg.put("receivedAt", Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        atCsg.put("callerRole", "VICTIM");
        atCsg.put("incidentTypes", List.of("RAPE"));
        atCsg.put("setting", "OTHER");
        atCsg.put("consentToShare", true);
        atCsg.put("clientCode", code);
        atCsg.put("summary", "Verkrachting door ex-partner; wil niet opnieuw alles vertellen.");
        String first = routedCase(atCsg, "CSG", Organisation.CSG);
        // The client brings CSG's code to Veilig Thuis, which says where it comes from.
        Map<String, Object> atVt = veiligThuisContact();
        atVt.put("consentToShare", true);
        atVt.put("clientCode", code);
        atVt.put("clientCodeIssuer", "CSG");
        String second = routedCase(atVt, "VT", Organisation.VT);
        Map<String, Object> unconsented = veiligThuisContact();
        unconsented.put("clientCode", code);
        unconsented.put("clientCodeIssuer", "CSG");
        String third = routedCase(unconsented, "VT", Organisation.VT);
        // Veilig Thuis's own client who happens to have the same code is someone else.
        Map<String, Object> namesake = veiligThuisContact();
        namesake.put("clientCode", code);
        String fourth = routedCase(namesake, "VT", Organisation.VT);

        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "VT");
            browser.go("/cases/" + second);
            String told = browser.visible("same-person").getText();
            assertTrue(told.contains("Al bekend bij CSG (hoofdorganisatie)"), told);
            browser.driver.findElement(By.cssSelector("#same-person details summary")).click();
            assertTrue(browser.find("same-person").getText().contains("wil niet opnieuw alles vertellen"),
                    browser.find("same-person").getText());
            browser.assertAccessible();

            browser.go("/cases/" + third);
            browser.visible("case-status");
            assertTrue(browser.driver.findElements(By.id("same-person")).isEmpty(), "no consent: nothing shown");

            // Searching the code finds one person: Veilig Thuis's own, or the one who brought it from CSG.
            browser.go("/cases");
            browser.find("q").sendKeys(code);
            browser.clickThrough("search");
            String own = browser.find("cases").getAttribute("innerHTML");
            assertTrue(own.contains("/cases/" + fourth) && !own.contains("/cases/" + second), own);
            browser.select("clientCodeIssuer", "CSG");
            browser.clickThrough("search");
            String brought = browser.find("cases").getAttribute("innerHTML");
            assertTrue(brought.contains("/cases/" + second) && brought.contains("/cases/" + third)
                    && !brought.contains("/cases/" + fourth), brought);
        }
        JsonNode forCoordinator = get("triage-service", "/api/cases/" + third).get("samePerson");
        assertEquals(2, forCoordinator.get("count").asInt(), "a coordinator learns that links exist");
        assertEquals(0, forCoordinator.get("knownElsewhere").size(), "and nothing of their content");
        assertEquals(first, get("triage-service", "/api/cases/" + second).at("/samePerson/knownElsewhere/0/caseId")
                .asText());
        assertEquals(0, get("triage-service", "/api/cases/" + fourth).at("/samePerson/count").asInt(),
                "an equal code of another organisation links nobody");
    }

    private static long ggzStarted(JsonNode waitingTimes) {
        for (JsonNode row : waitingTimes.get("rows")) {
            if ("GGZ".equals(row.get("kind").asText()) && REGION.equals(row.path("region").asText())) {
                return row.get("started").asLong();
            }
        }
        return 0;
    }

    private static long vtAssessmentsOverdue() throws IOException {
        JsonNode utilisation = get("capacity-service", "/api/utilisation?org=VT&region=" + REGION);
        return utilisation.at("/organisations/0/safetyAssessment/overdue").asLong();
    }

    private static JsonNode get(String service, String path) throws IOException {
        Client.Reply reply = Client.get(Suite.get().url(service) + path, Tokens.coordinator());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Registers the contact through intake and returns its case once triage has routed it to {@code lead}. */
    private static String routedCase(Map<String, Object> contact, String lead) throws IOException {
        return routedCase(contact, lead, Organisation.VT);
    }

    private static String routedCase(Map<String, Object> contact, String lead, Organisation registeredBy)
            throws IOException {
        String registrar = Tokens.casemanager(registeredBy);
        Client.Reply registered = Client.postJson(Suite.get().url("intake-service") + "/api/contacts",
                registrar, contact, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, registered.status(), registered.body());
        String id = registered.json().get("id").asText();
        JsonNode routing = await("contact " + id + " is routed", 60, () -> {
            JsonNode r = Client.get(Suite.get().url("intake-service") + "/api/contacts/" + id, registrar).json()
                    .get("routing");
            return r != null && r.hasNonNull("caseId") ? r : null;
        });
        assertEquals(lead, routing.get("leadOrganisation").asText());
        return routing.get("caseId").asText();
    }

    /** Creates a case as intake's outbox would, with a report time of the test's choosing. */
    private static String postCase(String reference, Map<String, Object> assessment) throws IOException {
        String intake = Tokens.asService().subject("intake-service").sign();
        Client.Reply created = Client.postJson(Suite.get().url("triage-service") + "/api/cases", intake,
                Map.of("contactId", UUID.randomUUID().toString(), "reference", reference, "registeredBy", "CSG",
                        "assessment", assessment), Map.of());
        assertEquals(201, created.status(), created.body());
        return created.json().get("caseId").asText();
    }

    interface Probe {
        JsonNode look() throws IOException;
    }

    private static JsonNode await(String what, int seconds, Probe probe) throws IOException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode found = probe.look();
            if (found != null) {
                return found;
            }
            WebBrowser.sleep(500);
        }
        throw new AssertionError("Not within " + seconds + " s: " + what);
    }
}
