package nl.entree.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.stub.WireMockStubs;
import nl.entree.support.token.Tokens;

/**
 * triage reachable but broken: connections that are cut, and answers that are not what web can read. Each page still
 * opens and names the service in its panel, and web stops calling a service that keeps failing instead of making every
 * page wait for it.
 */
@QuarkusTest
@QuarkusTestResource(value = FailingBackendTest.BrokenTriage.class, restrictToAnnotatedClass = true)
class FailingBackendTest {

    private static final String TRIAGE_DOWN = "De routeringsdienst (triage) is nu niet bereikbaar";

    @AfterEach
    void reset() {
        BrokenTriage.server.resetAll();
    }

    @Test
    void aServiceThatKeepsCuttingTheConnectionIsLeftAloneForAWhile() {
        BrokenTriage.server.stubFor(get(urlPathEqualTo("/api/cases"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String casemanager = Tokens.casemanager(Organisation.CSG);
        int pages = 30;
        for (int i = 0; i < pages; i++) {
            Browser.as(casemanager).get("/cases").then().statusCode(200)
                    .body(containsString("data-panel-error=\"triage\""))
                    .body(containsString(TRIAGE_DOWN));
        }
        int calls = BrokenTriage.server.findAll(getRequestedFor(urlPathEqualTo("/api/cases"))).size();
        // Without a circuit breaker each page would try twice (a retry after a cut connection): 60 calls.
        assertTrue(calls < pages, "web stopped calling triage after it kept failing, yet it made " + calls + " calls");
    }

    @Test
    void anAnswerWebCannotReadIsTheServicesFailureNotAnErrorPage() {
        String id = UUID.randomUUID().toString();
        BrokenTriage.server.stubFor(get(urlPathEqualTo("/api/cases/" + id))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("<html>proxy error</html>")));

        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/cases/" + id).then().statusCode(200)
                .body(containsString("data-panel-error=\"triage\""))
                .body(containsString(TRIAGE_DOWN));
    }

    /** triage on a WireMock server whose answers each test sets. */
    public static class BrokenTriage implements QuarkusTestResourceLifecycleManager {

        static WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = WireMockStubs.start(0);
            return Map.of("quarkus.rest-client.triage.url", WireMockStubs.baseUrl(server));
        }

        @Override
        public void stop() {
            server.stop();
        }
    }
}
