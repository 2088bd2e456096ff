package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** The token is checked for every form, also one whose resource never asks for it. */
@QuarkusTest
class UnguardedFormTest {

    /** A form added without a thought for CSRF; it exists only in the tests. */
    @Path("/test-only/unguarded")
    public static class UnguardedForm {

        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public String submit(@RestForm String note) {
            return "done: " + note;
        }
    }

    @Test
    void aFormWithoutTheTokenIsRefusedEvenIfItsResourceForgotToAsk() {
        String session = Tokens.casemanager(Organisation.CSG);
        Browser.as(session).contentType(ContentType.URLENC).formParam("note", "x").post("/test-only/unguarded")
                .then().statusCode(403).body(containsString("Formulier verlopen"));
        Browser.as(session).contentType(ContentType.URLENC).formParam("note", "x")
                .formParam("csrf", Browser.csrfFor(Tokens.casemanager(Organisation.CSG)))
                .post("/test-only/unguarded")
                .then().statusCode(403);
    }

    @Test
    void theSessionsOwnTokenInTheFormOrInTheHeaderGetsThrough() {
        String session = Tokens.casemanager(Organisation.CSG);
        Browser.as(session).contentType(ContentType.URLENC).formParam("note", "x")
                .formParam("csrf", Browser.csrfFor(session)).post("/test-only/unguarded")
                .then().statusCode(200).body(equalTo("done: x"));
        Browser.as(session).header("X-CSRF-Token", Browser.csrfFor(session)).contentType(ContentType.URLENC)
                .formParam("note", "y").post("/test-only/unguarded")
                .then().statusCode(200).body(equalTo("done: y"));
    }
}
