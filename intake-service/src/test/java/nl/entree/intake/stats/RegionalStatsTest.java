package nl.entree.intake.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

/** June 2002 and regions VR10 and VR11 belong to this test alone. */
@QuarkusTest
class RegionalStatsTest {

    private static final String JUNE_2002 = "/api/contacts/stats/monthly?from=2002-06&to=2002-06";
    private static final String GRAND_TOTAL = "cells.find { it.channel == null && it.acute == null }.count";

    @Test
    void aRegionalCoordinatorCountsTheContactsOfTheirOwnRegionOnly() {
        String csg = Tokens.casemanager(Organisation.CSG);
        ContactBuilder.contact().receivedAt(Instant.parse("2002-06-03T10:00:00Z")).with("region", "VR10").register(csg);
        ContactBuilder.contact().receivedAt(Instant.parse("2002-06-04T10:00:00Z")).with("region", "VR10").register(csg);
        ContactBuilder.contact().receivedAt(Instant.parse("2002-06-05T10:00:00Z")).with("region", "VR11").register(csg);

        given().auth().oauth2(Tokens.coordinator("VR10")).when().get(JUNE_2002)
                .then().statusCode(200).body(GRAND_TOTAL, equalTo(2));
        given().auth().oauth2(Tokens.coordinator("VR11")).when().get(JUNE_2002)
                .then().statusCode(200).body(GRAND_TOTAL, equalTo(1));
        given().auth().oauth2(Tokens.coordinator()).when().get(JUNE_2002)
                .then().statusCode(200).body(GRAND_TOTAL, equalTo(3));
    }

    @Test
    void aRegionClaimThatIsNotOneRegionCodeIsRefusedNotReadAsNational() {
        for (Object claim : List.of("vr10", List.of("VR10"))) {
            String token = Tokens.as("coordinator").region(claim).sign();
            given().auth().oauth2(token).when().get(JUNE_2002)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/contacts")
                    .then().statusCode(403);
        }
    }
}
