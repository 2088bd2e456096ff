package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** Region VR21 belongs to this test alone. */
@QuarkusTest
class ScopingTest {

    private static final String LIST = "/api/cases?region=VR21&size=200";

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
