package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.vocabulary.Organisation;

/**
 * A person who answered "iemand is nu in gevaar" on the public front door and then asks a question is at the top of
 * the lead organisation's list: help carries the answer to intake, intake to triage, and triage's rules make the case
 * an emergency to answer within 15 minutes. The same question without danger is not. Through the real help, intake
 * and triage processes; the questions come from an address range no other test uses (RFC 6598), so no rate limit of
 * another test holds them back.
 */
class QuestionInDangerIT {

    private static final Duration EMERGENCY_TERM = Duration.ofMinutes(15);

    private final Suite suite = Suite.get();
    private final String client = "100.64." + new Random().nextInt(256) + "." + (1 + new Random().nextInt(250));

    @Test
    void aQuestionAskedInDangerIsAnEmergencyForTheLeadOrganisationAndTheSameQuestionWithoutDangerIsNot()
            throws IOException {
        Assumptions.assumeTrue(suite.apps().contains(Suite.HELP), "help is not packaged");
        String inDanger = "kenmerk-gevaar-" + UUID.randomUUID().toString().substring(0, 8);
        String notInDanger = "kenmerk-veilig-" + UUID.randomUUID().toString().substring(0, 8);
        ask("YES", "Hij staat nog voor de deur, wat moet ik doen? (" + inDanger + ")");
        ask("NO", "Kan ik nog naar een centrum als het gisteren was? (" + notInDanger + ")");

        JsonNode danger = awaitQuestion(inDanger);
        JsonNode calm = awaitQuestion(notInDanger);

        assertEquals("CSG", danger.get("leadOrganisation").asText());
        assertEquals("EMERGENCY", danger.get("priority").asText(), danger.toString());
        Instant askedAt = Instant.parse(danger.get("askedAt").asText());
        Instant respondBy = Instant.parse(danger.get("respondBy").asText());
        assertFalse(respondBy.isAfter(askedAt.plus(EMERGENCY_TERM)),
                "answer within 15 minutes of asking: asked " + askedAt + ", respond by " + respondBy);

        assertEquals("CSG", calm.get("leadOrganisation").asText());
        assertFalse("EMERGENCY".equals(calm.get("priority").asText()), calm.toString());
        assertTrue(Instant.parse(calm.get("respondBy").asText()).isAfter(
                Instant.parse(calm.get("askedAt").asText()).plus(EMERGENCY_TERM)), calm.toString());
    }

    private void ask(String danger, String question) throws IOException {
        String form = "danger=" + danger + "&who=VICTIM&what=RAPE&when=WITHIN_7_DAYS&age=ADULT&region=VR13&send=1"
                + "&website=&question=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        Client.Reply reply = Client.post(suite.url(Suite.HELP) + "/vraag", null, "application/x-www-form-urlencoded",
                form, Map.of("X-Forwarded-For", client));
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains("id=\"pickup-code\""), "the person gets a pickup code");
    }

    /**
     * The question whose text holds the marker, as CSG's casemanagers read it. Lists leave the text out, so each new
     * open question is read once; the outbox routes a question within seconds.
     */
    private JsonNode awaitQuestion(String marker) throws IOException {
        String token = Contacts.casemanager(Organisation.CSG);
        String intake = suite.url("intake-service");
        Set<String> read = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Client.Reply page = Client.get(intake + "/api/questions?size=100", token);
            assertEquals(200, page.status(), page.body());
            for (JsonNode item : page.json().get("items")) {
                String id = item.get("contactId").asText();
                if (!read.add(id)) {
                    continue;
                }
                Client.Reply one = Client.get(intake + "/api/questions/" + id, token);
                assertEquals(200, one.status(), one.body());
                JsonNode question = one.json();
                if (question.get("question").asText("").contains(marker)) {
                    assertNotNull(question.get("priority"), question.toString());
                    return question;
                }
            }
            Suite.sleep(500);
        }
        throw new AssertionError("no question with " + marker + " reached CSG within 60 s");
    }
}
