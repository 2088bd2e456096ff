package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.entree.common.time.DutchTime;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

@QuarkusTest
class CaseIntakeTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aNewContactBecomesAnOfferedCaseWithItsDecision() {
        UUID contact = UUID.randomUUID();
        Map<String, Object> body = AssessmentBuilder.assessment().types("RAPE").timing("WITHIN_7_DAYS")
                .needs("MEDICAL").region("VR05").asNewCase(contact);
        String id = as(Api.intake()).body(body).post("/api/cases").then()
                .statusCode(201)
                .header("Location", containsString("/api/cases/"))
                .header("Cache-Control", "no-store")
                .body("contactId", equalTo(contact.toString()))
                .body("status", equalTo("OFFERED"))
                .body("decision.leadOrganisation", equalTo("CSG"))
                .body("decision.caseType", equalTo("CSG_ACUTE"))
                .extract().path("caseId");

        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo(id))
                .body("contactId", equalTo(contact.toString()))
                .body("reference", equalTo(body.get("reference")))
                .body("status", equalTo("OFFERED"))
                .body("leadOrganisation", equalTo("CSG"))
                .body("supportingOrganisations.size()", equalTo(0))
                .body("caseType", equalTo("CSG_ACUTE"))
                .body("priority", equalTo("ACUTE"))
                .body("respondBy", notNullValue())
                .body("overdue", equalTo(false))
                .body("decision.matchedRules", hasItem("acute-sexual-violence"))
                .body("assessment.incidentTypes", hasItem("RAPE"))
                .body("assessment.region", equalTo("VR05"))
                .body("history[0].toStatus", equalTo("OFFERED"));
    }

    @Test
    void aQuestionFromThePublicFrontDoorRegisteredByNoOrganisationIsRoutedToItsLead() {
        Map<String, Object> body = AssessmentBuilder.assessment().with("channel", "WEB_QUESTION").types("RAPE")
                .timing("WITHIN_7_DAYS").needs("MEDICAL").region("VR05").asNewCase();
        body.remove("registeredBy");
        String id = as(Api.intake()).body(body).post("/api/cases").then().statusCode(201)
                .body("decision.leadOrganisation", equalTo("CSG"))
                .extract().path("caseId");
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("registeredBy", nullValue())
                .body("assessment.channel", equalTo("WEB_QUESTION"));
    }

    @Test
    void theSameContactTwiceGivesTheSameCase() {
        Map<String, Object> body = AssessmentBuilder.assessment().asNewCase();
        String first = as(Api.intake()).body(body).post("/api/cases").then().statusCode(201).extract().path("caseId");
        as(Api.intake()).body(body).post("/api/cases").then()
                .statusCode(200)
                .header("Location", containsString(first))
                .body("caseId", equalTo(first));
    }

    @Test
    void concurrentDeliveriesOfOneContactCreateOneCase() throws Exception {
        Map<String, Object> body = AssessmentBuilder.assessment().asNewCase();
        String token = Api.intake();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> as(token).body(body).post("/api/cases"));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                statuses.add(r.statusCode());
                ids.add(r.path("caseId"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aContactNoRuleRoutesNeedsReview() {
        String id = as(Api.intake()).body(AssessmentBuilder.assessment().types("OTHER").asNewCase())
                .post("/api/cases").then().statusCode(201)
                .body("status", equalTo("NEEDS_REVIEW"))
                .extract().path("caseId");
        as(Tokens.coordinator()).get("/api/cases/" + id).then()
                .body("leadOrganisation", nullValue()).body("status", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void aNewCaseWithoutContactIdOrWithContactDetailsIsRefused() {
        Map<String, Object> body = AssessmentBuilder.assessment().asNewCase();
        body.remove("contactId");
        as(Api.intake()).body(body).post("/api/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("contactId"));

        Map<String, Object> withContact = AssessmentBuilder.assessment()
                .with("contact", Map.of("phone", "0612345678")).asNewCase();
        as(Api.intake()).body(withContact).post("/api/cases").then()
                .statusCode(400).body("violations.field", hasItem("assessment.contact"));

        Map<String, Object> noTypes = AssessmentBuilder.assessment().types().asNewCase();
        as(Api.intake()).body(noTypes).post("/api/cases").then()
                .statusCode(400).body("violations.field", hasItem("assessment.incidentTypes"));
    }

    @Test
    void aContactIntakeAcceptedIsNotParkedForItsDates() {
        // Intake accepts a clock up to five minutes ahead and an incident on the contact's Dutch day; refusing either
        // here would park the contact on its way to triage.
        Instant ahead = Instant.now().plusSeconds(60);
        LocalDate dutchDay = ahead.atZone(DutchTime.ZONE).toLocalDate();
        as(Api.intake()).body(AssessmentBuilder.assessment().types("RAPE").receivedAt(ahead)
                .incidentDate(dutchDay).asNewCase(UUID.randomUUID())).post("/api/cases").then()
                .statusCode(201)
                .body("decision.caseType", equalTo("CSG_ACUTE"));

        as(Api.intake()).body(AssessmentBuilder.assessment().types("RAPE").receivedAt(ahead)
                .incidentDate(dutchDay.plusDays(1)).asNewCase(UUID.randomUUID())).post("/api/cases").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("assessment.incidentDate"));
        as(Api.intake()).body(AssessmentBuilder.assessment().receivedAt(Instant.now().plusSeconds(3600))
                .asNewCase(UUID.randomUUID())).post("/api/cases").then()
                .statusCode(400).body("violations.field", hasItem("assessment.receivedAt"));
    }

    @Test
    void anotherServicesTokenCreatesNoCaseAndTheRefusalIsAudited() throws SQLException {
        UUID contact = UUID.randomUUID();
        var body = AssessmentBuilder.assessment().types("RAPE").timing("WITHIN_7_DAYS").region("VR05")
                .asNewCase(contact);
        long refusedBefore = refusedCreations("forecast-service");

        as(Tokens.asService().subject("forecast-service").sign()).body(body).post("/api/cases").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));

        as(Tokens.coordinator()).queryParam("contact", contact.toString()).get("/api/cases").then()
                .statusCode(200)
                .body("total", equalTo(0));
        assertEquals(refusedBefore + 1, refusedCreations("forecast-service"));
        // Nothing of the refused request was kept: intake's own delivery of the contact makes its case.
        as(Api.intake()).body(body).post("/api/cases").then()
                .statusCode(201)
                .body("contactId", equalTo(contact.toString()));
    }

    /** How many case creations by this subject the audit trail records as refused. */
    private long refusedCreations(String subject) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from audit_record "
                        + "where action = 'CASE_CREATE' and result = 'FORBIDDEN' and actor = ?")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void onlyTheServiceRoleCreatesCases() {
        as(Tokens.casemanager("CSG")).body(AssessmentBuilder.assessment().asNewCase()).post("/api/cases").then()
                .statusCode(403);
    }
}
