package nl.entree.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

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

    static String csrfFrom(Response page) {
        return page.getCookie("entree_csrf");
    }
}
