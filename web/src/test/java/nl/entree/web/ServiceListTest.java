package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * The list of every service, for editors: the sociale kaart shows only services in use, so a chat closed for the time
 * being is found here, first, with the link to the screen that takes it back into use.
 */
@QuarkusTest
@QuarkusTestResource(value = DirectoryStub.class, restrictToAnnotatedClass = true)
class ServiceListTest {

    private static final String EDITOR = Tokens.as("editor").sign();
    private static final String CSG = "1a3c5e7b-9d2f-4b6a-8c1e-3f5b7d9a2c46";
    private static final String FIER = "2b4d6f8a-1c3e-4d5f-9a2b-4c6e8a1b3d57";
    private static final String CHAT = "8c3e5a7b-2d4f-4b6c-9e1a-1f3b5d7c9e24";
    private static final String FIER_CHAT = "9d4f6b8c-3e5a-4c7d-8f2b-2a4c6e8d1f35";

    @BeforeEach
    void directory() {
        DirectoryStub.reset();
        Map<String, Object> chat = DirectoryAnswers.json("id", CHAT, "organization_id", CSG, "name", "Chat met het CSG",
                "status", "temporarily closed", "channel", "CHAT",
                "provenance", DirectoryAnswers.json("source", "https://centrumseksueelgeweld.nl/chat",
                        "verified", true, "verified_on", "2026-11-20"));
        Map<String, Object> fierChat = DirectoryAnswers.json("id", FIER_CHAT, "organization_id", FIER,
                "name", "Chat met Fier", "status", "defunct", "channel", "CHAT");
        DirectoryStub.answer("GET /services", 200, DirectoryAnswers.json("total_items", 3, "total_pages", 1,
                "page_number", 1, "size", 500, "first_page", true, "last_page", true, "empty", false,
                "contents", List.of(DirectoryAnswers.nationalLine(), chat, fierChat)));
        DirectoryStub.answer("GET /organizations", 200, DirectoryAnswers.json("total_items", 2, "total_pages", 1,
                "page_number", 1, "contents", List.of(
                        DirectoryAnswers.json("id", CSG, "name", "Centrum Seksueel Geweld"),
                        DirectoryAnswers.json("id", FIER, "name", "Fier"))));
    }

    @Test
    void servicesNotInUseComeFirstWithTheLinkThatTakesThemBackIntoUse() {
        String page = Browser.as(EDITOR).get("/sociale-kaart/diensten").then().statusCode(200)
                .body(containsString("<title>Alle diensten – Entree</title>"))
                .body(containsString("<h2 id=\"not-active-title\">Niet in gebruik</h2>"))
                .body(containsString("<td>Tijdelijk gesloten</td>"))
                .body(containsString("<td>Opgeheven</td>"))
                .body(containsString("<td>20-11-2026</td>"))
                .body(containsString("<a href=\"/sociale-kaart/diensten/" + CHAT + "\" class=\"correct-link\">"
                        + "Corrigeren<span class=\"sr\"> Chat met het CSG</span></a>"))
                .body(containsString("<a href=\"/sociale-kaart/diensten/" + DirectoryAnswers.CSG_LINE + "\""))
                .extract().asString();
        String notInUse = page.substring(page.indexOf("id=\"not-active-services\""),
                page.indexOf("id=\"active-title\""));
        String inUse = page.substring(page.indexOf("id=\"active-services\""));
        // Sorted by organisation, then name; each list holds only its own.
        assertTrue(notInUse.contains("Chat met het CSG") && notInUse.contains("Chat met Fier"), notInUse);
        assertTrue(notInUse.indexOf("Chat met het CSG") < notInUse.indexOf("Chat met Fier"), notInUse);
        assertTrue(!notInUse.contains("Landelijk telefoonnummer"), notInUse);
        assertTrue(inUse.contains("<td class=\"user-text\">Landelijk telefoonnummer</td>"), inUse);
        assertTrue(inUse.contains("<td>In gebruik</td>") && inUse.contains("<td>Telefoon</td>"), inUse);
        assertTrue(!inUse.contains("Chat met"), inUse);
    }

    @Test
    void inEnglish() {
        Browser.as(EDITOR).cookie("entree_lang", "en").get("/sociale-kaart/diensten").then().statusCode(200)
                .body(containsString("<h1>All services</h1>"))
                .body(containsString("<h2 id=\"not-active-title\">Not in use</h2>"))
                .body(containsString("<td>Temporarily closed</td>"))
                .body(containsString("<td>Discontinued</td>"));
    }

    @Test
    void whenEveryServiceIsInUseTheListSaysSo() {
        DirectoryStub.answer("GET /services", 200, DirectoryAnswers.json("total_items", 1, "total_pages", 1,
                "page_number", 1, "contents", List.of(DirectoryAnswers.nationalLine())));
        Browser.as(EDITOR).get("/sociale-kaart/diensten").then().statusCode(200)
                .body(containsString("<p id=\"all-active\">Alle diensten zijn in gebruik.</p>"))
                .body(not(containsString("id=\"not-active-services\"")));
    }

    @Test
    void editorsFindTheListFromTheSocialeKaartAndOnlyTheyMayOpenIt() {
        Browser.as(EDITOR).get("/sociale-kaart").then().statusCode(200)
                .body(containsString("<a href=\"/sociale-kaart/diensten\" id=\"all-services\">"
                        + "Alle diensten, ook die niet in gebruik zijn</a>"));
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/sociale-kaart").then().statusCode(200)
                .body(not(containsString("id=\"all-services\"")));
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/sociale-kaart/diensten").then().statusCode(403);
        Browser.as(Tokens.coordinator()).get("/sociale-kaart/diensten").then().statusCode(403);
    }

    @Test
    void aDirectoryThatIsDownIsSaid() {
        DirectoryStub.answer("GET /services", 503, DirectoryAnswers.json("status", 503));
        Browser.as(EDITOR).get("/sociale-kaart/diensten").then().statusCode(200)
                .body(containsString("<h1>Alle diensten</h1>"))
                .body(containsString("data-panel-error=\"directory\""))
                .body(not(containsString("id=\"active-services\"")));
        // A page without its list is no answer either: not "every service is in use".
        DirectoryStub.answer("GET /services", 200, DirectoryAnswers.json("total_items", 3, "total_pages", 1));
        Browser.as(EDITOR).get("/sociale-kaart/diensten").then().statusCode(200)
                .body(containsString("data-panel-error=\"directory\""))
                .body(not(containsString("id=\"all-active\"")));
    }
}
