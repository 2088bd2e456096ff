package nl.entree.triage.regional;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/** A routed case records which regional service leads it; the directory being down never stops routing. */
@QuarkusTest
class RegionalServiceTest {

    @Inject
    RegionalServiceResolver resolver;

    @AfterEach
    void directoryUp() {
        DirectoryStub.down(false);
    }

    private static AssessmentBuilder acuteRape(String region) {
        return AssessmentBuilder.assessment().types("RAPE").timing("WITHIN_7_DAYS").needs("MEDICAL").region(region);
    }

    @Test
    void aCsgCaseInAmsterdamIsLedByTheAmsterdamCentre() {
        String id = Api.createCase(acuteRape("VR13"));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("regionalService.state", equalTo("RESOLVED"))
                .body("regionalService.id", equalTo(DirectoryStub.AMSTERDAM_CENTRE))
                .body("regionalService.name", equalTo("CSG Amsterdam-Amstelland"));
    }

    @Test
    void withTheDirectoryDownTheCaseIsRoutedAndItsRegionalServiceResolvedLater() {
        DirectoryStub.down(true);
        Map<String, Object> newCase = acuteRape("VR13").asNewCase(UUID.randomUUID());
        String id = as(Api.intake()).body(newCase).post("/api/cases").then()
                .statusCode(201)
                .body("decision.leadOrganisation", equalTo("CSG"))
                .extract().path("caseId");
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .statusCode(200)
                .body("status", equalTo("OFFERED"))
                .body("regionalService.state", equalTo("PENDING"))
                .body("regionalService.id", nullValue());

        DirectoryStub.down(false);
        assertTrue(resolver.resolveAllPending() >= 1);
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .statusCode(200)
                .body("regionalService.state", equalTo("RESOLVED"))
                .body("regionalService.name", equalTo("CSG Amsterdam-Amstelland"));
    }

    @Test
    void aRegionWithoutAKnownCentreIsSaidSoNotLeftPending() {
        String id = Api.createCase(acuteRape("VR07"));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then()
                .statusCode(200)
                .body("regionalService.state", equalTo("NOT_IN_DIRECTORY"))
                .body("regionalService.name", nullValue());
    }

    @Test
    void aDirectoryAnswerWithoutAUuidLeavesTheCaseRoutedAndHoldsUpNoOtherCase() {
        String atOnce = Api.createCase(acuteRape("VR08"));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + atOnce).then()
                .statusCode(200)
                .body("status", equalTo("OFFERED"))
                .body("regionalService.state", equalTo("NOT_IN_DIRECTORY"))
                .body("regionalService.id", nullValue());

        DirectoryStub.down(true);
        String first = Api.createCase(acuteRape("VR08"));
        String behindIt = Api.createCase(acuteRape("VR13"));
        DirectoryStub.down(false);
        resolver.resolveAllPending();

        as(Tokens.casemanager("CSG")).get("/api/cases/" + first).then()
                .statusCode(200).body("regionalService.state", equalTo("NOT_IN_DIRECTORY"));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + behindIt).then()
                .statusCode(200).body("regionalService.state", equalTo("RESOLVED"));
    }

    @Test
    void caseloadsAreCountedPerRegionalService() {
        Api.createCase(acuteRape("VR13"));
        as(Tokens.coordinator("VR13")).get("/api/caseloads/regional-services").then()
                .statusCode(200)
                .body("find { it.name == 'CSG Amsterdam-Amstelland' }.organisation", equalTo("CSG"))
                .body("find { it.name == 'CSG Amsterdam-Amstelland' }.state", equalTo("RESOLVED"))
                .body("find { it.name == 'CSG Amsterdam-Amstelland' }.open", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(Tokens.coordinator("VR13")).queryParam("region", "VR01").get("/api/caseloads/regional-services").then()
                .statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/caseloads/regional-services").then().statusCode(403);
    }
}
