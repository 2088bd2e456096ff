package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The sociale kaart against a directory that answers: each option as a card with how to reach it, whether it is open
 * now and how sure the directory is; editors get a link to correct a centre, or a service that has none.
 * {@link SocialeKaartTest} has the form and a directory that is down.
 */
@QuarkusTest
@QuarkusTestResource(value = DirectoryStub.class, restrictToAnnotatedClass = true)
class SocialeKaartResultsTest {

    private static final String EDITOR = Tokens.as("editor").sign();

    @BeforeEach
    void directory() {
        DirectoryStub.reset();
        DirectoryStub.answer("GET /api/directory/search", 200, List.of(DirectoryAnswers.csgAmsterdam(),
                DirectoryAnswers.csgChat(), DirectoryAnswers.vtWalkIn()));
    }

    @Test
    void aSearchShowsEveryOptionWithHowToReachItAndWhetherItIsOpen() {
        Browser.as(Tokens.casemanager(Organisation.CSG))
                .get("/sociale-kaart?zoek=1&region=VR13&need=MEDICAL&channel=PHONE&openNow=true")
                .then().statusCode(200)
                .body(containsString("<h2 id=\"results-title\">3 resultaten</h2>"))
                // A regional centre: its name, organisation and service, open until 17:00 Amsterdam time.
                .body(containsString("<h3>CSG Amsterdam-Amstelland</h3>\n"
                        + "<p class=\"small\">Centrum Seksueel Geweld – Acute hulp na seksueel geweld</p>"))
                .body(containsString("<dt>Kanaal</dt><dd>Telefoon</dd>"))
                .body(containsString("<dd class=\"openness\" data-state=\"OPEN\"><strong class=\"badge open-badge\">Nu "
                        + "open</strong> sluit <time datetime=\"2026-12-04T16:00:00Z\">04-12-2026 17:00</time></dd>"))
                .body(containsString("<dt>Openingstijden</dt><dd>ma–vr 09:00–17:00</dd>"))
                // The holidays in the coming fortnight, so that nobody is sent to a closed door.
                .body(containsString("<dt>Afwijkende tijden</dt><dd class=\"other-hours\">24-12-2026: 09:00–13:00 "
                        + "<span class=\"small user-text\">Kerstavond</span><br>25-12-2026 t/m 26-12-2026: gesloten "
                        + "<span class=\"small user-text\">Kerst</span></dd>"))
                .body(containsString("<a href=\"tel:0205663000\" class=\"phone\">020-566 3000</a> "
                        + "<span class=\"small user-text\">dag en nacht</span>"))
                .body(containsString("<dt>Regio&#39;s</dt><dd>Amsterdam-Amstelland (VR13)</dd>"))
                .body(containsString("<span class=\"badge verified-badge\">geverifieerd</span> 01-10-2026 "
                        + "<a href=\"https://centrumseksueelgeweld.nl/amsterdam\" rel=\"noopener noreferrer\">"
                        + "bron</a>"))
                // The centre's own numbers and mapping have a source of their own, beside the service's.
                .body(containsString("bron</a> <a href=\"https://centrumseksueelgeweld.nl/amsterdam/contact\" "
                        + "rel=\"noopener noreferrer\" class=\"centre-source\">bron centrum</a>"))
                .body(containsString(
                        "<dd class=\"user-text small\">Ook voor Zaanstreek-Waterland na middernacht.</dd>"))
                // A national chat, closed now: when it opens, its e-mail, and an address that is not a web address
                // is not a link.
                .body(containsString("<h3>Chat met het CSG</h3>"))
                .body(containsString("<strong class=\"badge closed-badge\">Nu gesloten</strong> opent weer "
                        + "<time datetime=\"2026-12-05T08:00:00Z\">05-12-2026 09:00</time>"))
                .body(containsString("<dt>Chat</dt><dd>onbekend</dd>"))
                .body(not(containsString("javascript:")))
                .body(containsString("<a href=\"mailto:info@centrumseksueelgeweld.nl\">"))
                .body(containsString("<span class=\"badge check-badge\">niet geverifieerd</span> "
                        + "<strong class=\"check-before-use\">Controleer vóór gebruik.</strong>"))
                // A walk-in desk whose hours nobody found says so, in two regions.
                .body(containsString("<dt>Kanaal</dt><dd>Inloop</dd>"))
                .body(containsString("<dd class=\"openness\" data-state=\"UNKNOWN\">onbekend</dd>"))
                .body(containsString("<dt>Openingstijden</dt><dd>onbekend</dd>"))
                .body(containsString("<dd>Amsterdam-Amstelland (VR13), Kennemerland (VR12)</dd>"))
                // Only editors correct.
                .body(not(containsString("correct-link")));
        assertEquals(List.of("GET /api/directory/search?region=VR13&need=MEDICAL&openNow=true&channel=PHONE "),
                DirectoryStub.calls("GET /api/directory/search"));
    }

    /**
     * The directory words its week in Dutch ({@code hours}); an English page words the directory's {@code week}
     * itself, and never prints "ma–vr" or "elke dag". Unknown hours stay unknown.
     */
    @Test
    void anEnglishPageWordsTheWeekInEnglish() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).cookie("entree_lang", "en").get("/sociale-kaart?zoek=1")
                .then().statusCode(200)
                .body(containsString("<dt>Opening hours</dt><dd>Mon–Fri 09:00–17:00</dd>"))
                .body(containsString("<dt>Opening hours</dt><dd>daily 09:00–21:00</dd>"))
                .body(containsString("<dt>Opening hours</dt><dd>unknown</dd>"))
                .body(not(containsString("ma–vr")))
                .body(not(containsString("elke dag")));
    }

    @Test
    void aDoubtedNumberAnUnsureRegionAndAWalkInAddressAreShownAsTheDirectoryKnowsThem() {
        Map<String, Object> friesland = DirectoryAnswers.csgAmsterdam();
        friesland.put("phones", List.of(DirectoryAnswers.json("number", "088-208 00 88", "description", null,
                "verified", true, "note", null, "caution", "current validity unknown — prefer 0800-0188",
                "openness", DirectoryAnswers.json("state", "UNKNOWN"))));
        friesland.put("uncertain_regions", List.of("VR13"));
        friesland.put("area_note", "VR13: afgeleid, niet letterlijk in de bron");
        Map<String, Object> walkIn = DirectoryAnswers.vtWalkIn();
        walkIn.put("address", DirectoryAnswers.json("known", true, "text", "Elisabeth Wolffstraat, Amsterdam-West"));
        walkIn.put("way_in", true);
        DirectoryStub.answer("GET /api/directory/search", 200, List.of(friesland, walkIn, DirectoryAnswers.vtWalkIn()));

        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/sociale-kaart?zoek=1&region=VR13").then()
                .statusCode(200)
                .body(containsString("Let op, volgens de bron: current validity unknown — prefer 0800-0188"))
                .body(containsString("tijden van dit nummer onbekend"))
                .body(containsString("<dd>Amsterdam-Amstelland (VR13) (niet zeker)<br><span class=\"small user-text "
                        + "area-note\">VR13: afgeleid, niet letterlijk in de bron</span></dd>"))
                .body(containsString("<dt>Adres</dt><dd class=\"address\">Elisabeth Wolffstraat, Amsterdam-West</dd>"))
                .body(containsString("<dt>Adres</dt><dd class=\"address\">onbekend</dd>"));
    }

    @Test
    void anOptionWithinItsHoursWithoutAWayInIsNotCalledOpenNow() {
        // CSG's national chat as the directory has it: 24/7 by its hours, and nobody found its chat address.
        var chat = DirectoryAnswers.csgChat();
        chat.put("url", null);
        chat.put("email", null);
        chat.put("unknown", List.of("phones", "url"));
        chat.put("openness", DirectoryAnswers.json("state", "OPEN", "closes_at", null, "next_opens", null,
                "hours", "24/7"));
        chat.put("way_in", false);
        chat.put("open_now", false);
        DirectoryStub.answer("GET /api/directory/search", 200, List.of(DirectoryAnswers.csgAmsterdam(), chat));

        String page = Browser.as(Tokens.casemanager(Organisation.CSG)).get("/sociale-kaart?zoek=1&region=VR13")
                .then().statusCode(200)
                .body(containsString("<h3>Chat met het CSG</h3>\n"
                        + "<p class=\"small\">Centrum Seksueel Geweld – Chat met het CSG</p>\n<dl class=\"grid\">\n"
                        + "  <dt>Kanaal</dt><dd>Chat</dd>\n"
                        + "  <dt>Nu</dt><dd class=\"openness\" data-state=\"OPEN\"><span class=\"no-way-in\">Binnen "
                        + "openingstijden, maar niet te bereiken: chatadres onbekend</span></dd>\n"
                        + "  <dt>Openingstijden</dt><dd>24/7</dd>"))
                .body(containsString("<dt>Chat</dt><dd>onbekend</dd>"))
                .extract().asString();
        // The centre's line, which can be taken, keeps its badge: the only one on the page.
        assertEquals(1, page.split("badge open-badge", -1).length - 1, page);
        assertTrue(page.indexOf("badge open-badge") < page.indexOf("<h3>Chat met het CSG</h3>"), page);
        Browser.as(Tokens.casemanager(Organisation.CSG)).cookie("entree_lang", "en")
                .get("/sociale-kaart?zoek=1&region=VR13").then().statusCode(200)
                .body(containsString("<span class=\"no-way-in\">Within opening hours, but not reachable: chat "
                        + "address unknown</span>"));
    }

    @Test
    void anEditorGetsALinkToCorrectEachCentreAndEachServiceWithoutOne() {
        Browser.as(EDITOR).get("/sociale-kaart?zoek=1").then().statusCode(200)
                .body(containsString("<a href=\"/sociale-kaart/centra/" + DirectoryAnswers.CSG_AMSTERDAM
                        + "\" class=\"correct-link\">Corrigeren<span class=\"sr\"> CSG Amsterdam-Amstelland</span>"))
                .body(containsString("<a href=\"/sociale-kaart/centra/f2b6d8e4-1c37-4a95-8e20-6b4d9f1a7c38\" "
                        + "class=\"correct-link\">"))
                // The national chat is a service without a centre: the link corrects the service itself.
                .body(containsString("<a href=\"/sociale-kaart/diensten/" + DirectoryAnswers.CSG_NATIONAL
                        + "\" class=\"correct-link\">Corrigeren<span class=\"sr\"> Chat met het CSG</span>"));
        assertEquals(List.of("GET /api/directory/search "), DirectoryStub.calls("GET /api/directory/search"));
    }

    @Test
    void inEnglish() {
        Browser.as(Tokens.coordinator()).cookie("entree_lang", "en").get("/sociale-kaart?region=VR13")
                .then().statusCode(200)
                .body(containsString("<h2 id=\"results-title\">3 results</h2>"))
                .body(containsString("<strong class=\"badge open-badge\">Open now</strong> closes "))
                .body(containsString("<dt>Phone</dt><dd class=\"phones\"><a href=\"tel:0205663000\""))
                .body(containsString("<strong class=\"check-before-use\">Check before use.</strong>"))
                .body(containsString("<dt>Other hours</dt><dd class=\"other-hours\">"))
                .body(containsString("25-12-2026 to 26-12-2026: closed"))
                .body(containsString("<option value=\"VR13\" selected>"));
        assertEquals(List.of("GET /api/directory/search?region=VR13 "),
                DirectoryStub.calls("GET /api/directory/search"));
    }

    @Test
    void nothingFoundSaysWhatToTry() {
        DirectoryStub.answer("GET /api/directory/search", 200, List.of());
        Browser.as(Tokens.coordinator()).get("/sociale-kaart?region=VR02&openNow=true").then().statusCode(200)
                .body(containsString("<h2 id=\"results-title\">0 resultaten</h2>"))
                .body(containsString("<li class=\"card\" id=\"no-results\">Niets gevonden. Kies minder filters"));
    }
}
