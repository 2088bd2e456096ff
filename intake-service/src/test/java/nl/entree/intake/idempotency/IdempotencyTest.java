package nl.entree.intake.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

@QuarkusTest
class IdempotencyTest {

    private static final String CVSN = Tokens.casemanager(Organisation.CVSN);

    @Test
    void theSameKeyAndBodyReplayTheOriginalContact() {
        String key = UUID.randomUUID().toString();
        ContactBuilder contact = ContactBuilder.contact().clientCode(ContactBuilder.uniqueCode())
                .identified("Noor", "0611122233", null);

        Response first = contact.post(CVSN, key);
        first.then().statusCode(201);
        Response replay = contact.post(CVSN, key);

        replay.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("reference", equalTo(first.path("reference")))
                .body("contact.phone", equalTo("0611122233"));
        ContactBuilder.search(CVSN, first.<String>path("clientCode")).body("total", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        ContactBuilder.contact().with("channel", "PHONE").post(CVSN, key).then().statusCode(201);

        ContactBuilder.contact().with("channel", "EMAIL").post(CVSN, key)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422));
    }

    @Test
    void fieldOrderAndSetOrderDoNotMakeAnotherBody() {
        String key = UUID.randomUUID().toString();
        String at = "2024-02-01T08:00:00Z";
        String first = ContactBuilder.contact().with("receivedAt", at)
                .with("incidentTypes", List.of("RAPE", "SEXTORTION")).post(CVSN, key)
                .then().statusCode(201).extract().path("id");
        String again = ContactBuilder.contact().with("receivedAt", "2024-02-01T08:00:00.000Z")
                .with("incidentTypes", List.of("SEXTORTION", "RAPE")).post(CVSN, key)
                .then().statusCode(201).extract().path("id");
        assertEquals(first, again);
    }

    @Test
    void keysBelongToAnOrganisation() {
        String key = UUID.randomUUID().toString();
        ContactBuilder contact = ContactBuilder.contact();
        String mine = contact.post(CVSN, key).then().statusCode(201).extract().path("id");
        String theirs = contact.post(Tokens.casemanager(Organisation.FIER), key).then().statusCode(201)
                .extract().path("id");
        assertNotEquals(mine, theirs);
    }

    @Test
    void twentyConcurrentIdenticalPostsLeaveExactlyOneContact() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = ContactBuilder.uniqueCode();
        ContactBuilder contact = ContactBuilder.contact().clientCode(code);
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return contact.post(CVSN, key);
                };
                futures.add(pool.submit(post));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<Response> future : futures) {
                Response response = future.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        ContactBuilder.search(CVSN, code).statusCode(200).body("total", equalTo(1));
    }
}
