package nl.entree.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.web.board.RuleRow;
import nl.entree.web.i18n.Msg;
import nl.entree.web.i18n.ServiceTexts;

/** What the services write in codes or English reaches a Dutch page in Dutch words. */
@QuarkusTest
class DutchTextTest {

    @Inject
    Msg dutch;

    @Inject
    @Localized("en")
    Msg english;

    @Test
    void anAddressThatDoesNotExistGetsADutchPageNotJson() {
        given().get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<h1 id=\"error-title\">Niet gevonden</h1>"))
                .body(not(containsString("\"status\"")));
    }

    @Test
    void aRuleReadsInWordsWithItsDeadline() {
        Map<String, Object> ruleSet = Map.of("document", Map.of("rules", List.of(Map.of(
                "id", "acute-sexual-violence",
                "text", "Sexual violence less than 7 days ago: CSG acute casemanagement (11-13 h).",
                "when", Map.of("allOf", List.of(Map.of("incidentTypes", List.of("RAPE", "SEXUAL_ASSAULT", "SEXUAL_ABUSE")),
                        Map.of("timeSinceIncident", List.of("WITHIN_7_DAYS")))),
                "effect", Map.of("kind", "LEAD", "organisation", "CSG", "caseType", "CSG_ACUTE", "priority", "ACUTE",
                        "respondWithin", "PT1H")))));

        JsonNode document = new ObjectMapper().valueToTree(ruleSet.get("document"));

        var row = RuleRow.of(document, dutch, true).get(0);
        assertEquals("Verkrachting, Aanranding of Seksueel misbruik en een week geleden of korter", row.when());
        assertEquals("CSG leidt: CSG acuut, Acuut", row.effect());
        assertEquals("binnen 1 uur", row.within());
        assertEquals("Verkrachting, aanranding of misbruik, minder dan 7 dagen geleden: acuut casemanagement door het "
                + "CSG (11 tot 13 uur).", row.text());

        var english = RuleRow.of(document, this.english, false).get(0);
        assertEquals("Rape, Sexual assault or Sexual abuse and a week ago or less", english.when());
        assertEquals("within 1 hour", english.within());
    }

    @Test
    void aTermReadsAsTriageRunsItHoursAsHoursAndDaysAsDays() {
        assertEquals("binnen 24 uur", within("PT24H", dutch));
        assertEquals("binnen 48 uur", within("PT48H", dutch));
        assertEquals("binnen 1 dag", within("P1D", dutch));
        assertEquals("binnen 5 dagen", within("P5D", dutch));
        assertEquals("binnen 5 dagen", within("p5d", dutch));
        assertEquals("binnen 1 dag en 12 uur", within("P1DT12H", dutch));
        assertEquals("binnen 2 dagen en 30 minuten", within("P2DT30M", dutch));
        assertEquals("binnen 15 minuten", within("PT15M", dutch));
        assertEquals("binnen 30 minuten", within("P0DT30M", dutch));
        assertEquals("within 48 hours", within("PT48H", english));
        assertEquals("within 1 day and 1 hour", within("P1DT1H", english));
    }

    private static String within(String term, Msg msg) {
        ObjectMapper json = new ObjectMapper();
        var rule = json.createObjectNode().put("id", "r");
        rule.putObject("effect").put("kind", "LEAD").put("organisation", "FIER").put("respondWithin", term);
        var document = json.createObjectNode();
        document.putArray("rules").add(rule);
        return RuleRow.of(document, msg, true).get(0).within();
    }

    @Test
    void historyLinesAndNotesFromTheServicesReadInDutch() {
        assertEquals("Gerouteerd volgens regelset 1",
                ServiceTexts.dutch("Triage under rule set 1: acute-sexual-violence, support-csg-psychological"));
        assertEquals("Geen bezetting geregistreerd voor VT: beschikbare uren en benutting zijn onbekend. "
                + "Registreer de bezetting bij de capaciteitsdienst.",
                ServiceTexts.dutch("No staffing registered for VT: available hours and utilisation are unknown."));
        assertEquals("Geen van de open casussen heeft een urennorm: de resterende normuren en de benutting zijn "
                + "onbekend.", ServiceTexts.dutch("None of the open cases has a norm: committed hours and utilisation "
                + "are unknown."));
        assertEquals("Geen norm geregistreerd voor deze soort casus op deze datum.",
                ServiceTexts.dutch("No norm registered for this case type on this date."));
        assertEquals("Voor CSG, CSG acuut, telt alleen de reeks met de meeste gegevens; een kortere reeks is niet gebruikt.",
                ServiceTexts.dutch("Series triage-CSG-CSG_ACUTE not used: demo-CSG-acute covers CSG/CSG_ACUTE with more data."));
        assertEquals("A sentence nobody translated.", ServiceTexts.dutch("A sentence nobody translated."));
    }
}
