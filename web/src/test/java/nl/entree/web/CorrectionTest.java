package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * The editor's correction screen with directory-service down: it says so instead of drawing a form it could not
 * fill, a correction is not lost silently, and only editors and admins reach it. Corrections against a running
 * directory are tested in e2e ({@code SocialeKaartIT}).
 */
@QuarkusTest
class CorrectionTest {

    private static final String EDITOR = Tokens.as("editor").sign();

    @Test
    void anEditorStartsOnTheSocialeKaartAndSeesOnlyIt() {
        Browser.as(EDITOR).get("/").then().statusCode(303).header("Location", "/sociale-kaart");
        Browser.as(EDITOR).get("/sociale-kaart").then().statusCode(200)
                .body(containsString("id=\"nav-directory\""))
                .body(containsString("redacteur sociale kaart"))
                .body(not(containsString("href=\"/cases\"")))
                .body(not(containsString("href=\"/contacts/new\"")));
        // An editor sees no person-level data anywhere.
        for (String path : new String[] {"/cases", "/cases/" + UUID.randomUUID(), "/contacts/new", "/board",
                "/capacity", "/projections"}) {
            Browser.as(EDITOR).get(path).then().statusCode(403);
        }
    }

    @Test
    void withTheDirectoryDownTheScreenSaysSoAndDrawsNoForm() {
        Browser.as(EDITOR).get("/sociale-kaart/centra/" + UUID.randomUUID()).then().statusCode(200)
                .body(containsString("<h1>Centrum corrigeren</h1>"))
                .body(containsString("data-panel-error=\"directory\""))
                .body(not(containsString("id=\"correction\"")));
    }

    @Test
    void aCorrectionWhileTheDirectoryIsDownIsReportedNotLost() {
        String admin = Tokens.admin();
        Browser.as(admin).contentType(ContentType.URLENC)
                .formParams(Map.of("csrf", Browser.csrfFor(admin), "source", "https://example.org/contact",
                        "verifiedOn", "2026-11-30", "verified", "true", "phoneNumber0", "020 123 4567"))
                .post("/sociale-kaart/centra/" + UUID.randomUUID())
                .then().statusCode(503)
                .body(containsString("data-panel-error=\"directory\""));
    }

    @Test
    void onlyEditorsAndAdminsCorrectAndEveryPostNeedsItsFormToken() {
        String path = "/sociale-kaart/centra/" + UUID.randomUUID();
        Browser.as(Tokens.casemanager(Organisation.CSG)).get(path).then().statusCode(403);
        Browser.as(Tokens.coordinator()).get(path).then().statusCode(403);
        Browser.as(EDITOR).contentType(ContentType.URLENC).formParams(Map.of("source", "x")).post(path)
                .then().statusCode(403)
                .body(containsString("Formulier verlopen"));
    }
}
