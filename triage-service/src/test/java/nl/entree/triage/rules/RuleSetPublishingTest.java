package nl.entree.triage.rules;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.entree.support.token.Tokens;
import nl.entree.triage.AssessmentBuilder;

@QuarkusTest
class RuleSetPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    /** The default document with one change. */
    static ObjectNode defaultWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(DefaultRuleSet.document());
            change.accept(doc);
            return doc;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode rule(ObjectNode doc, String id) {
        for (JsonNode r : doc.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return (ObjectNode) r;
            }
        }
        throw new IllegalArgumentException(id);
    }

    static int indexOf(ObjectNode doc, String id) {
        ArrayNode rules = (ArrayNode) doc.get("rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    static ObjectNode condition(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse publish(JsonNode document) {
        return as(Tokens.admin()).body(document.toString()).post("/api/rule-sets").then();
    }

    private static ValidatableResponse rejected(JsonNode document, String field, String message) {
        return publish(document)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void everyRationaleNeedsItsDutchText() {
        int sport = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").remove("textNl")), "rules[" + sport + "].textNl", "is required");
        rejected(defaultWith(d -> ((ObjectNode) d.get("review")).put("textNl", " ")), "review.textNl",
                "must be non-empty text");
    }

    @Test
    void aValidDocumentIsPublishedInactiveWithTheNextVersion() {
        int version = publish(defaultWith(d -> d.put("description", "copy of the default")))
                .statusCode(201)
                .header("Location", containsString("/api/rule-sets/"))
                .body("active", equalTo(false))
                .body("description", equalTo("copy of the default"))
                .extract().path("version");
        as(Tokens.coordinator()).get("/api/rule-sets/" + version).then()
                .statusCode(200).body("document.rules", hasSize(13)).body("active", equalTo(false));
        as(Tokens.coordinator()).get("/api/rule-sets/active").then()
                .statusCode(200).body("version", equalTo(1));
        as(Tokens.coordinator()).get("/api/rule-sets").then()
                .statusCode(200).body("version", hasItem(version));
    }

    @Test
    void onlyAnAdminPublishes() {
        as(Tokens.coordinator()).body(DefaultRuleSet.document()).post("/api/rule-sets").then().statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/rule-sets").then().statusCode(403);
    }

    @Test
    void anUnknownFieldIsRejected() {
        rejected(defaultWith(d -> rule(d, "sport").put("priority", "HIGH")),
                "rules[" + indexOf(defaultWith(d -> { }), "sport") + "].priority", "unknown field");
    }

    @Test
    void anUnknownFieldInAConditionIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").set("when", condition("{\"venue\": [\"SPORT\"]}"))),
                "rules[" + i + "].when.venue", "unknown field");
    }

    @Test
    void anUnknownEnumValueIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").set("when", condition("{\"setting\": [\"SPORT\", \"STADIUM\"]}"))),
                "rules[" + i + "].when.setting[1]", "must be one of");
    }

    @Test
    void anUnknownOrganisationIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "support-fier-exploitation");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "support-fier-exploitation").get("effect"))
                .put("organisation", "POLICE")), "rules[" + i + "].effect.organisation", "must be one of");
    }

    @Test
    void aLeadRuleWithoutACaseTypeIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "exploitation");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "exploitation").get("effect")).remove("caseType")),
                "rules[" + i + "].effect.caseType", "is required");
    }

    @Test
    void aCaseTypeOfAnotherOrganisationIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "exploitation");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "exploitation").get("effect")).put("caseType", "VT_SAFETY_ASSESSMENT")),
                "rules[" + i + "].effect.caseType", "belongs to VT");
    }

    @Test
    void allOfTwoDifferentSettingsCanNeverMatch() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").set("when",
                condition("{\"allOf\": [{\"setting\": [\"SPORT\"]}, {\"setting\": [\"HOME\"]}]}"))),
                "rules[" + i + "].when", "can never match");
    }

    @Test
    void anEmptyAnyOfCanNeverMatch() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").set("when", condition("{\"anyOf\": []}"))),
                "rules[" + i + "].when.anyOf", "can never match");
    }

    @Test
    void aLeadRuleAfterAnUnconditionalOneCanNeverMatch() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "exploitation").remove("when")),
                "rules[" + i + "].when", "taken by an earlier lead rule");
    }

    @Test
    void aLeadRuleCoveredByEarlierRulesCanNeverMatch() {
        // Acute or not or unknown: every sexual-violence case is taken before the rule is reached.
        ObjectNode doc = defaultWith(d -> rule(d, "exploitation").set("when", condition(
                "{\"incidentTypes\": [\"RAPE\", \"SEXUAL_ASSAULT\", \"SEXUAL_ABUSE\"]}")));
        int i = indexOf(doc, "sexual-violence");
        rejected(doc, "rules[" + i + "].when", "taken by an earlier lead rule");
    }

    @Test
    void aNegationThatExcludesEverythingCanNeverMatch() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").set("when", condition(
                "{\"allOf\": [{\"setting\": [\"SPORT\"]}, {\"not\": {\"setting\": [\"SPORT\", \"HOME\"]}}]}"))),
                "rules[" + i + "].when", "can never match");
    }

    /**
     * A rule that is cheap to write and expensive to check: twelve two-way choices that each require a need,
     * and twelve that each forbid both, so the check pairs 4096 alternatives with 4096 others and every pair
     * contradicts. Unbounded, this took tens of seconds of CPU for one publish.
     */
    private static ObjectNode pathological() {
        StringBuilder require = new StringBuilder();
        StringBuilder forbid = new StringBuilder();
        for (int k = 0; k < 12; k++) {
            String sep = k == 0 ? "" : ",";
            require.append(sep).append("{\"anyOf\": [{\"needs\": [\"MEDICAL\"]}, {\"needs\": [\"LEGAL\"]}]}");
            forbid.append(sep).append("{\"anyOf\": [{\"not\": {\"needs\": [\"MEDICAL\", \"LEGAL\"]}},"
                    + " {\"not\": {\"needs\": [\"LEGAL\", \"MEDICAL\"]}}]}");
        }
        return condition("{\"allOf\": [{\"allOf\": [" + require + "]}, {\"allOf\": [" + forbid + "]}]}");
    }

    @Test
    void aRuleTooComplexToCheckIsRefusedNamingIt() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").set("when", pathological())),
                "rules[" + i + "].when", "is too complex to check");
    }

    @Test
    void conditionsNestedTooDeeplyAreRefusedNamingTheLevel() {
        String nested = "{\"setting\": [\"SPORT\"]}";
        for (int k = 0; k < RuleSetCompiler.MAX_DEPTH; k++) {
            nested = "{\"not\": {\"not\": " + nested + "}}";
        }
        int i = indexOf(defaultWith(d -> { }), "sport");
        String tooDeep = "rules[" + i + "].when" + ".not".repeat(RuleSetCompiler.MAX_DEPTH);
        String deep = nested;
        rejected(defaultWith(d -> rule(d, "sport").set("when", condition(deep))), tooDeep,
                "more than " + RuleSetCompiler.MAX_DEPTH + " levels deep");
    }

    @Test
    void aRuleSetWithTooManyConditionsIsRefused() {
        StringBuilder many = new StringBuilder("{\"anyOf\": [");
        for (int k = 0; k < RuleSetCompiler.MAX_CONDITIONS; k++) {
            many.append(k == 0 ? "" : ",").append("{\"setting\": [\"SPORT\"]}");
        }
        many.append("]}");
        int i = indexOf(defaultWith(d -> { }), "sport");
        publish(defaultWith(d -> rule(d, "sport").set("when", condition(many.toString()))))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(startsWith("rules[" + i + "].when.anyOf[")))
                .body("violations.message", hasItem(containsString("at most " + RuleSetCompiler.MAX_CONDITIONS)));
    }

    @Test
    void anEmergencyPriorityInARuleIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "sport").get("effect")).put("priority", "EMERGENCY")),
                "rules[" + i + "].effect.priority", "immediate danger only");
    }

    @Test
    void aDurationThatIsNotIso8601IsRejected() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "sport").get("effect")).put("respondWithin", "5 days")),
                "rules[" + i + "].effect.respondWithin", "ISO-8601");
    }

    @Test
    void aTimeToRespondOfYearsIsATypingErrorAndRejected() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "sport").get("effect")).put("respondWithin", "P5000D")),
                "rules[" + i + "].effect.respondWithin", "at most 30 days");
    }

    @Test
    void aDuplicateRuleIdIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> rule(d, "sport").put("id", "exploitation")), "rules[" + i + "].id",
                "used by an earlier rule");
    }

    @Test
    void aMissingReviewRuleIsRejected() {
        rejected(defaultWith(d -> d.remove("review")), "review", "is required");
    }

    @Test
    void everyErrorIsListedAtOnceAndNothingIsStored() {
        int before = as(Tokens.admin()).get("/api/rule-sets").then().statusCode(200).extract().path("size()");
        ObjectNode doc = defaultWith(d -> {
            d.put("colour", "blue");
            ((ObjectNode) rule(d, "exploitation").get("effect")).remove("caseType");
            rule(d, "sport").set("when", condition("{\"setting\": [\"STADIUM\"]}"));
        });
        List<String> fields = publish(doc).statusCode(400).extract().path("violations.field");
        assertEquals(3, fields.size(), fields::toString);
        int after = as(Tokens.admin()).get("/api/rule-sets").then().statusCode(200).extract().path("size()");
        assertEquals(before, after);
    }

    @Test
    void errorsOfEveryKindAreListedTogetherWithTheirPaths() {
        ObjectNode doc = defaultWith(d -> {
            ((ObjectNode) rule(d, "exploitation").get("effect")).put("kind", "ADVICE");
            ((ObjectNode) rule(d, "sport").get("effect")).put("priority", "URGENT");
            ((ObjectNode) rule(d, "online").get("effect").get("overrides").get(0)).put("note", "later");
            ((ObjectNode) d.get("review")).put("text", "");
            ((ObjectNode) d.get("emergency")).put("respondWithin", "soon");
            rule(d, "sport").put("id", "Sport!");
        });
        String sport = "rules[" + indexOf(doc, "Sport!") + "]";
        ValidatableResponse response = publish(doc).statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(6));
        Map<String, String> expected = Map.of(
                "rules[" + indexOf(doc, "exploitation") + "].effect.kind", "must be one of [LEAD, SUPPORTING]",
                sport + ".effect.priority", "must be one of [",
                "rules[" + indexOf(doc, "online") + "].effect.overrides[0].note", "unknown field",
                "review.text", "must be non-empty text",
                "emergency.respondWithin", "ISO-8601",
                sport + ".id", "lower-case letters, digits and hyphens");
        expected.forEach((field, message) -> response.body("violations.find { it.field == '" + field + "' }.message",
                containsString(message)));
    }

    @Test
    void anUnknownFieldDeepInsideIsNamedByItsPath() {
        // The kind comes last here, so that the binding has to read the rest of the effect before it knows its type.
        ObjectNode doc = defaultWith(d -> {
            ObjectNode effect = (ObjectNode) rule(d, "online").get("effect");
            JsonNode kind = effect.remove("kind");
            ((ObjectNode) effect.get("overrides").get(0)).set("escalate", condition("{\"to\": [\"CSG\"]}"));
            effect.set("kind", kind);
        });
        rejected(doc, "rules[" + indexOf(doc, "online") + "].effect.overrides[0].escalate", "unknown field");
    }

    @Test
    void anUnknownKindOfEffectIsRejected() {
        int i = indexOf(defaultWith(d -> { }), "support-cvsn-sport");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "support-cvsn-sport").get("effect")).put("kind", "ADVICE")),
                "rules[" + i + "].effect.kind", "must be one of [LEAD, SUPPORTING]");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "support-cvsn-sport").get("effect")).remove("kind")),
                "rules[" + i + "].effect.kind", "is required");
    }

    @Test
    void aWrongPriorityIsRejected() {
        rejected(defaultWith(d -> ((ObjectNode) d.get("review")).put("priority", "URGENT")), "review.priority",
                "must be one of [");
        rejected(defaultWith(d -> ((ObjectNode) d.get("review")).put("priority", 1)), "review.priority",
                "must be one of [");
    }

    @Test
    void aNumberIsNotADuration() {
        int i = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "sport").get("effect")).put("respondWithin", 24)),
                "rules[" + i + "].effect.respondWithin", "ISO-8601");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "sport").get("effect")).put("respondWithin", "PT0S")),
                "rules[" + i + "].effect.respondWithin", "must be a positive duration");
    }

    @Test
    void aTermIsLimitedWhetherWrittenInDaysOrHoursAndNoPartCountsBack() {
        int i = indexOf(defaultWith(d -> { }), "online");
        String override = "rules[" + i + "].effect.overrides[0].respondWithin";
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "online").get("effect").get("overrides").get(0))
                .put("respondWithin", "PT721H")), override, "at most 30 days");
        rejected(defaultWith(d -> ((ObjectNode) rule(d, "online").get("effect").get("overrides").get(0))
                .put("respondWithin", "P30DT1M")), override, "at most 30 days");
        // A day on the calendar less an hour is 22 to 24 hours: no rule means that.
        rejected(defaultWith(d -> ((ObjectNode) d.get("review")).put("respondWithin", "P1DT-1H")),
                "review.respondWithin", "without a negative part");
        rejected(defaultWith(d -> ((ObjectNode) d.get("emergency")).put("respondWithin", "-PT15M")),
                "emergency.respondWithin", "must be a positive duration");
        // Two minus signs make five days, but a term is written as it runs: no minus anywhere.
        rejected(defaultWith(d -> ((ObjectNode) d.get("review")).put("respondWithin", "-P-5D")),
                "review.respondWithin", "without a negative part");
        publish(defaultWith(d -> ((ObjectNode) d.get("review")).put("respondWithin", "PT720H"))).statusCode(201)
                .body("document.review.respondWithin", equalTo("PT720H"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        as(Tokens.admin()).body("{\"rules\": [").post("/api/rule-sets").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void activatingAVersionDecidesNewCasesWhileOldCasesKeepTheirVersion() {
        String before = nl.entree.triage.Api.createCase(AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT")
                .setting("SPORT").region("VR02"));
        int version = publish(defaultWith(d -> ((ArrayNode) d.get("rules")).remove(indexOf(d, "sport"))))
                .statusCode(201).extract().path("version");
        // Not without evidence of what it would change.
        as(Tokens.admin()).post("/api/rule-sets/" + version + "/activate").then().statusCode(409)
                .contentType("application/problem+json");
        as(Tokens.admin()).post("/api/rule-sets/" + version + "/replay").then()
                .statusCode(200);
        as(Tokens.admin()).get("/api/rule-sets/" + version + "/replays").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].madeBy", notNullValue())
                .body("[0].report.version", equalTo(version));
        try {
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/activate").then()
                    .statusCode(200).body("active", equalTo(true)).body("activatedOn.madeBy", notNullValue());
            as(Tokens.coordinator()).get("/api/rule-sets/active").then().body("version", equalTo(version));
            nl.entree.triage.Api.evaluate(AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").setting("SPORT"))
                    .statusCode(200)
                    .body("leadOrganisation", equalTo("SHN"))
                    .body("ruleSetVersion", equalTo(version));
            as(Tokens.coordinator()).get("/api/cases/" + before).then()
                    .statusCode(200).body("ruleSetVersion", equalTo(1)).body("leadOrganisation", equalTo("CVSN"));
        } finally {
            as(Tokens.admin()).post("/api/rule-sets/1/replay").then().statusCode(200);
            as(Tokens.admin()).post("/api/rule-sets/1/activate").then().statusCode(200);
        }
        as(Tokens.coordinator()).get("/api/rule-sets/active").then().body("version", equalTo(1));
        as(Tokens.coordinator()).get("/api/rule-sets/" + version).then().body("active", equalTo(false));
    }

    @Test
    void aNulCharacterAnywhereInTheDocumentIsA400NamingItsPlace() {
        int sport = indexOf(defaultWith(d -> { }), "sport");
        rejected(defaultWith(d -> d.put("description", "v2\u0000")), "description", "NUL");
        rejected(defaultWith(d -> rule(d, "sport").put("text", "Sport\u0000")), "rules[" + sport + "].text", "NUL");
        rejected(defaultWith(d -> d.put("description", "x".repeat(501))), "description", "at most 500");
    }

    /** The limit came later: a rule set published before it is compiled again after every start, and must route. */
    @Test
    void aStoredRuleSetWithADescriptionLongerThanTheLimitStillCompiles() throws Exception {
        int version = storedByAnotherInstance(defaultWith(d -> d.put("description", "x".repeat(600))));
        as(Tokens.admin()).post("/api/rule-sets/" + version + "/replay?from=2020-01-01&to=2020-01-01").then()
                .statusCode(200);
    }

    /** Another instance publishing the version whose commit failed here stands in for another pod. */
    @Test
    void aPublicationWhoseCommitFailedLeavesNothingBehindThatTheNextOneOfThatVersionWouldRouteBy() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create function fail_publication() returns trigger language plpgsql as $$
                    begin raise exception 'the commit fails'; end $$;
                    create constraint trigger fail_publication after insert on rule_set deferrable initially deferred
                    for each row when (new.document::jsonb ->> 'description' = 'fails at commit')
                    execute function fail_publication();""");
        }
        try {
            publish(defaultWith(d -> {
                ((ArrayNode) d.get("rules")).remove(indexOf(d, "sport"));
                d.put("description", "fails at commit");
            }));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop trigger fail_publication on rule_set; drop function fail_publication()");
            }
        }
        int version = storedByAnotherInstance(defaultWith(d -> d.put("description", "the one stored")));
        try {
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/replay").then()
                    .statusCode(200);
            as(Tokens.admin()).post("/api/rule-sets/" + version + "/activate").then().statusCode(200);
            nl.entree.triage.Api.evaluate(AssessmentBuilder.assessment().types("SEXUAL_HARASSMENT").setting("SPORT"))
                    .statusCode(200)
                    .body("ruleSetVersion", equalTo(version))
                    .body("leadOrganisation", equalTo("CVSN"));
        } finally {
            as(Tokens.admin()).post("/api/rule-sets/1/replay").then().statusCode(200);
            as(Tokens.admin()).post("/api/rule-sets/1/activate").then().statusCode(200);
        }
    }

    /** The next version, stored as another instance would: straight into the table. */
    private int storedByAnotherInstance(JsonNode document) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into rule_set (version, document, active, published_at, published_by)
                select max(version) + 1, ?::jsonb, false, now(), 'another instance' from rule_set
                returning version""")) {
            insert.setString(1, document.toString());
            try (ResultSet stored = insert.executeQuery()) {
                stored.next();
                return stored.getInt(1);
            }
        }
    }

    @Test
    void activatingAnUnknownVersionIsNotFound() {
        as(Tokens.admin()).post("/api/rule-sets/99999/activate").then()
                .statusCode(404).contentType("application/problem+json");
        as(Tokens.coordinator()).post("/api/rule-sets/1/activate").then().statusCode(403);
    }

    @Test
    void theStoredDefaultIsTheDocumentInTheCode() {
        as(Tokens.admin()).get("/api/rule-sets/1").then()
                .statusCode(200)
                .body("publishedBy", equalTo("migration"))
                .body("document.rules[0].id", equalTo("acute-sexual-violence"))
                .body("document.review.respondWithin", endsWith("1D"));
    }
}
