package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** Each role sees its own screens; the others are neither linked nor reachable. */
@QuarkusTest
class RolesTest {

    @Test
    void aMinistryUserSeesNoCaseOrContactScreen() {
        String ministry = Tokens.ministry();
        for (String path : new String[] {"/cases", "/cases/" + UUID.randomUUID(), "/contacts/new", "/board",
                "/capacity"}) {
            Browser.as(ministry).get(path).then().statusCode(403)
                    .body(containsString("Geen toegang"))
                    .body(not(containsString("data-case")));
        }
        Browser.as(ministry).get("/").then().statusCode(303).header("Location", containsString("/projections"));
        Browser.as(ministry).get("/projections").then().statusCode(200)
                .body(containsString("href=\"/projections\""))
                .body(not(containsString("href=\"/cases\"")))
                .body(not(containsString("href=\"/contacts/new\"")))
                .body(not(containsString("href=\"/board\"")));
    }

    @Test
    void aCasemanagerRegistersContactsAndWorksCasesButSeesNoBoardOrProjections() {
        String casemanager = Tokens.casemanager(Organisation.SHN);
        Browser.as(casemanager).get("/contacts/new").then().statusCode(200)
                .body(containsString("href=\"/cases\""))
                .body(not(containsString("href=\"/board\"")))
                .body(not(containsString("href=\"/projections\"")));
        for (String path : new String[] {"/board", "/capacity", "/projections", "/projections/export.csv"}) {
            Browser.as(casemanager).get(path).then().statusCode(403);
        }
    }

    @Test
    void aCoordinatorSeesTheBoardButRegistersNoContacts() {
        String coordinator = Tokens.coordinator();
        Browser.as(coordinator).get("/").then().statusCode(303).header("Location", containsString("/board"));
        Browser.as(coordinator).get("/board").then().statusCode(200)
                .body(containsString("href=\"/capacity\""))
                .body(not(containsString("href=\"/contacts/new\"")));
        Browser.as(coordinator).get("/contacts/new").then().statusCode(403);
    }

    @Test
    void anAdminIsNotLinkedToTheMonitoringScreenItMayNotSee() {
        String admin = Tokens.admin();
        Browser.as(admin).get("/projections").then().statusCode(200)
                .body(containsString("href=\"/board\""))
                .body(not(containsString("href=\"/monitoring\"")));
        Browser.as(admin).get("/monitoring").then().statusCode(403);
        Browser.as(Tokens.coordinator()).get("/projections").then().statusCode(200)
                .body(containsString("href=\"/monitoring\""));
    }
}
