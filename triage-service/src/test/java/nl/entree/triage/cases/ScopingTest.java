package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.time.DutchTime;
import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Regions VR20 and VR21 belong to this test alone. */
@QuarkusTest
class ScopingTest {

    private static final String LIST = "/api/cases?region=VR21&size=200";
    private static final String SUMMARY = "Verkrachting door een bekende";

    @Test
    void casemanagersSeeCasesTheirOrganisationLeadsOrSupports() {
        String csgLeadShnSupports = Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL")
                .region("VR21"));
        String vtLead = Api.createCase(AssessmentBuilder.assessment().types("DOMESTIC_VIOLENCE").setting("HOME")
                .region("VR21"));

        as(Tokens.casemanager("CSG")).get(LIST).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("items.id", hasItem(csgLeadShnSupports))
                .body("items.id", not(hasItem(vtLead)));
        as(Tokens.casemanager("SHN")).get(LIST).then().statusCode(200)
                .body("items.id", hasItem(csgLeadShnSupports))
                .body("items.id", not(hasItem(vtLead)));
        as(Tokens.casemanager("VT")).get(LIST).then().statusCode(200)
                .body("items.id", hasItem(vtLead))
                .body("items.id", not(hasItem(csgLeadShnSupports)));
        as(Tokens.casemanager("FIER")).get(LIST).then().statusCode(200)
                .body("items.id", not(hasItems(vtLead, csgLeadShnSupports)));
        as(Tokens.casemanager("VT")).get("/api/cases/" + csgLeadShnSupports).then().statusCode(404);
    }

    @Test
    void casemanagerFiltersNarrowButNeverWidenTheirScope() {
        String csg = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR21"));
        as(Tokens.casemanager("VT")).get(LIST + "&org=CSG").then().statusCode(200)
                .body("items.id", not(hasItem(csg)));
        as(Tokens.casemanager("CSG")).get(LIST + "&org=CSG&status=OFFERED&priority=NORMAL").then().statusCode(200)
                .body("items.id", hasItem(csg))
                .body("items.status", everyItem(equalTo("OFFERED")))
                .body("items.priority", everyItem(equalTo("NORMAL")));
    }

    @Test
    void coordinatorsSeeAllCasesOrThoseOfTheirRegion() {
        String here = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR21"));
        String elsewhere = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR20"));

        as(Tokens.coordinator()).get("/api/cases?size=200&org=CSG&status=OFFERED").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        as(Tokens.coordinator("VR21")).get("/api/cases?size=200").then().statusCode(200)
                .body("items.region", everyItem(equalTo("VR21")))
                .body("items.id", hasItem(here))
                .body("items.id", not(hasItem(elsewhere)));
        as(Tokens.coordinator("VR21")).get("/api/cases?region=VR20").then().statusCode(403);
        as(Tokens.coordinator("VR21")).get("/api/cases/" + elsewhere).then().statusCode(404);
        as(Tokens.coordinator("VR20")).get("/api/cases/" + elsewhere).then().statusCode(200);
    }

    @Test
    void aCasemanagerBoundToARegionSeesTheirOrganisationsCasesThereAndThoseOfNoKnownRegion() {
        UUID hereContact = UUID.randomUUID();
        UUID elsewhereContact = UUID.randomUUID();
        UUID unknownContact = UUID.randomUUID();
        String here = Api.createCase(rape().region("VR21").asNewCase(hereContact));
        String elsewhere = Api.createCase(rape().region("VR20").asNewCase(elsewhereContact));
        String unknown = Api.createCase(rape().without("region").asNewCase(unknownContact));
        String ofTheThree = "/api/cases?size=200&contact=" + hereContact + "&contact=" + elsewhereContact
                + "&contact=" + unknownContact;
        String vr21 = Tokens.as("casemanager").org("CSG").region("VR21").sign();

        as(vr21).get(ofTheThree).then().statusCode(200)
                .body("items.id", containsInAnyOrder(here, unknown))
                .body("total", equalTo(2));
        as(vr21).get(ofTheThree + "&region=VR21").then().statusCode(200)
                .body("items.id", contains(here));
        as(vr21).get(ofTheThree + "&region=VR20").then().statusCode(403).contentType("application/problem+json");
        as(vr21).get("/api/cases?reference=E-" + elsewhereContact.toString().substring(0, 8)).then().statusCode(200)
                .body("items", empty());
        as(vr21).get("/api/cases/" + here).then().statusCode(200)
                .body("assessment.summary", equalTo(SUMMARY));
        as(vr21).get("/api/cases/" + unknown).then().statusCode(200);
        as(vr21).get("/api/cases/" + elsewhere).then().statusCode(404);
        as(vr21).get("/api/cases/" + elsewhere + "/parties").then().statusCode(404);

        as(Tokens.as("casemanager").org("CSG").region("VR20").sign()).get(ofTheThree).then().statusCode(200)
                .body("items.id", containsInAnyOrder(elsewhere, unknown));
        as(Tokens.casemanager("CSG")).get(ofTheThree).then().statusCode(200)
                .body("items.id", containsInAnyOrder(here, elsewhere, unknown));
        // The region narrows the organisation's cases; it never opens another organisation's.
        as(Tokens.as("casemanager").org("VT").region("VR21").sign()).get("/api/cases/" + here).then()
                .statusCode(404);
    }

    @Test
    void aCaseOutsideACasemanagersRegionIsNotFoundForEveryChangeAndAuditedSo() {
        String elsewhere = Api.createCase(rape().region("VR20"));
        Api.accept(elsewhere, "CSG").statusCode(200);
        String vr21 = Tokens.as("casemanager").org("CSG").region("VR21").subject("csg-vr21-elsewhere").sign();

        as(vr21).get("/api/cases/" + elsewhere).then().statusCode(404);
        as(vr21).body(Map.of("outcome", "Referred on")).post("/api/cases/" + elsewhere + "/close").then()
                .statusCode(404);
        as(vr21).body(Map.of("doneOn", LocalDate.now(DutchTime.ZONE).toString()))
                .post("/api/cases/" + elsewhere + "/milestones/ACUTE_RESPONSE").then().statusCode(404);
        as(vr21).get("/api/cases/" + elsewhere + "/referrals").then().statusCode(404);
        as(vr21).body(Map.of("kind", "GP", "askedOn", LocalDate.now(DutchTime.ZONE).toString()))
                .post("/api/cases/" + elsewhere + "/referrals").then().statusCode(404);

        as(Tokens.admin()).get("/api/audit?objectId=" + elsewhere).then().statusCode(200)
                .body("findAll { it.actor == 'csg-vr21-elsewhere' }.action", contains("CASE_READ", "CASE_CLOSE",
                        "CASE_MILESTONE", "REFERRAL_LIST", "REFERRAL_CREATE"))
                .body("findAll { it.actor == 'csg-vr21-elsewhere' }.result", everyItem(equalTo("NOT_FOUND")));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + elsewhere).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aDeclineSentAgainUnderAnotherRegionIsNotAnsweredAsTheFirst() {
        String id = Api.createCase(rape().region("VR21"));
        Map<String, String> decline = Map.of("reason", "Past niet bij ons");
        as(Tokens.as("casemanager").org("CSG").region("VR21").subject("csg-declines-twice").sign()).body(decline)
                .post("/api/cases/" + id + "/decline").then().statusCode(200);
        as(Tokens.as("casemanager").org("CSG").region("VR20").subject("csg-declines-twice").sign()).body(decline)
                .post("/api/cases/" + id + "/decline").then().statusCode(404);
    }

    @Test
    void aCasemanagersRegionClaimThatIsNotExactlyOneRegionCodeIsRefusedInsteadOfMeaningEveryRegion() {
        String id = Api.createCase(rape().region("VR21"));
        for (Object claim : List.of("vr21", List.of("VR21"), "VR26", "")) {
            String token = Tokens.as("casemanager").org("CSG").region(claim).sign();
            as(token).get("/api/cases?region=VR21").then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/cases/" + id).then().statusCode(403);
        }
    }

    private static AssessmentBuilder rape() {
        return AssessmentBuilder.assessment().types("RAPE").with("summary", SUMMARY);
    }

    @Test
    void ministriesGetNoCases() {
        String id = Api.createCase(AssessmentBuilder.assessment().region("VR21"));
        as(Tokens.ministry()).get("/api/cases").then().statusCode(403).contentType("application/problem+json");
        as(Tokens.ministry()).get("/api/cases/" + id).then().statusCode(403);
    }

    @Test
    void aBadFilterNamesTheParameter() {
        as(Tokens.coordinator()).get("/api/cases?status=LOST").then()
                .statusCode(400).body("violations.field", hasItem("status"));
        as(Tokens.coordinator()).get("/api/cases?size=100000").then()
                .statusCode(400).body("violations.field", hasItem("size"));
        as(Tokens.coordinator()).get("/api/cases?overdue=maybe").then()
                .statusCode(400).body("violations.field", hasItem("overdue"));
    }

    @Test
    void listsArePaged() {
        for (int i = 0; i < 3; i++) {
            Api.createCase(AssessmentBuilder.assessment().types("EXPLOITATION").region("VR21"));
        }
        as(Tokens.casemanager("FIER")).get("/api/cases?region=VR21&size=2&page=0").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    }
}
