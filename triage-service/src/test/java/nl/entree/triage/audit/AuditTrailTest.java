package nl.entree.triage.audit;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.audit.AuditRecords;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

@QuarkusTest
class AuditTrailTest {

    @Inject
    DataSource db;

    private static String csgCase() {
        return Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR13"));
    }

    @Test
    void anAcceptanceIsRecordedWithWhoInWhichRoleForWhichOrganisation() {
        String id = csgCase();
        String casemanager = Tokens.as("casemanager").org("CSG").subject("cm-csg-accepts").sign();
        as(casemanager).post("/api/cases/" + id + "/accept").then().statusCode(200);

        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .body("find { it.action == 'CASE_ACCEPT' }.actor", equalTo("cm-csg-accepts"))
                .body("find { it.action == 'CASE_ACCEPT' }.actorRole", equalTo("casemanager"))
                .body("find { it.action == 'CASE_ACCEPT' }.actorOrganisation", equalTo("CSG"))
                .body("find { it.action == 'CASE_ACCEPT' }.objectType", equalTo("case"))
                .body("find { it.action == 'CASE_ACCEPT' }.result", equalTo("OK"))
                .body("find { it.action == 'CASE_CREATE' }.actorRole", equalTo("service"));
    }

    @Test
    void theChainHoldsRefusalsWrittenInTheirOwnTransaction() {
        String id = csgCase();
        accept(id, "CSG").statusCode(200);
        accept(id, "CSG").statusCode(409);

        as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                .body("find { it.result == 'CONFLICT' }.action", equalTo("CASE_ACCEPT"));
        as(Tokens.admin()).get("/api/audit/chain").then().statusCode(200)
                .body("intact", is(true))
                .body("recordsChecked", greaterThanOrEqualTo(4));
    }

    @Test
    void aListIsRecordedOnceForEachCaseItShowsAndTheChainStaysIntact() {
        UUID firstContact = UUID.randomUUID();
        UUID secondContact = UUID.randomUUID();
        String first = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR13")
                .asNewCase(firstContact));
        String second = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR13")
                .asNewCase(secondContact));
        String casemanager = Tokens.as("casemanager").org("CSG").subject("cm-csg-lists-two").sign();
        as(casemanager).queryParam("contact", firstContact.toString(), secondContact.toString()).get("/api/cases")
                .then().statusCode(200).body("total", equalTo(2));

        for (String id : List.of(first, second)) {
            as(Tokens.admin()).get("/api/audit?objectId=" + id).then().statusCode(200)
                    .body("findAll { it.action == 'CASE_LIST' }.actor", contains("cm-csg-lists-two"));
        }
        as(Tokens.admin()).get("/api/audit/chain").then().statusCode(200).body("intact", is(true));
    }

    @Test
    void aRecordEditedInTheDatabaseIsReportedAsTheFirstBrokenLink() {
        String id = csgCase();
        accept(id, "CSG").statusCode(200);
        long accepted = AuditRecords.newest(db, id, "CASE_ACCEPT");

        AuditRecords.assertAnEditIsTheFirstBrokenLink(db, accepted, Tokens.admin());
    }

    @Test
    void onlyAdminsCheckTheChain() {
        as(Tokens.coordinator()).get("/api/audit/chain").then().statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/audit/chain").then().statusCode(403);
    }
}
