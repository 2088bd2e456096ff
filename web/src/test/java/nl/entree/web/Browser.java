package nl.entree.web;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.entree.web.session.Csrf;

/** What a browser does for a test: keep cookies, send them back, never follow redirects on its own. */
final class Browser {

    static final String CSRF = "test-csrf-token-0123456789";

    private Browser() {
    }

    /** No session, but a CSRF cookie as a rendered page would have set it. */
    static RequestSpecification anonymous() {
        return given().redirects().follow(false).cookie("entree_csrf", CSRF);
    }

    static RequestSpecification as(String token) {
        return anonymous().cookie("entree_session", token);
    }

    /** The form token a page of the session {@code token} carries, for this browser's CSRF cookie. */
    static String csrfFor(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            return Csrf.forSession(CSRF, new ObjectMapper().readTree(payload).get("jti").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves a new contact as the form would post it: chat, a victim, rape, and {@code fields} besides. Intake is down
     * in these tests, so what the user sees is the form again, refused or kept.
     */
    static Response postContact(String token, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", csrfFor(token));
        form.putIfAbsent("channel", "CHAT");
        form.putIfAbsent("callerRole", "VICTIM");
        form.putIfAbsent("incidentTypes", "RAPE");
        return as(token).contentType(ContentType.URLENC).formParams(form).post("/contacts");
    }

    static String csrfFrom(Response page) {
        return page.getCookie("entree_csrf");
    }
}
