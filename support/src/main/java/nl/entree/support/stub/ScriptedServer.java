package nl.entree.support.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A stand-in for other services whose answers each test sets ("POST /api/triage/evaluate" answers 503) and which
 * records every call with its body and token, so that a test can check what was sent. Anything not set is a 404.
 * A WireMock server underneath; for stand-ins whose answer is a function of the request, use WireMock directly
 * with {@link WireMockStubs}.
 */
public final class ScriptedServer {

    /** Below every answer a test sets (WireMock's default priority is 5). */
    private static final int UNSET = 10;

    /** One call as it arrived; {@link #line()} is "METHOD path?query body". */
    public record Call(String method, String path, String query, String body, String authorization,
            Map<String, String> headers) {

        /** The first value of a request header, or null; the name in any case. */
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        public String request() {
            return method + " " + path;
        }

        public String line() {
            return request() + (query == null ? "" : "?" + query) + " " + body;
        }
    }

    /** The stub mapping of each "METHOD path" set, so that setting it again replaces it. */
    private final Map<String, StubMapping> answers = new ConcurrentHashMap<>();
    private volatile List<String> contexts = List.of();
    private WireMockServer server;

    /** Starts on a free port, answering under the given path prefixes; returns its base URL. */
    public String start(String... contexts) {
        this.contexts = List.of(contexts);
        server = WireMockStubs.start(0);
        answerUnset();
        return WireMockStubs.baseUrl(server);
    }

    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** What "METHOD path" (without query) answers from now on: a status and a body (a record or map) as JSON. */
    public void answer(String request, int status, Object body) {
        answerText(request, status, "application/json", WireMockStubs.write(body));
    }

    /** As {@link #answer(String, int, Object)}, with response headers such as an ETag. */
    public void answer(String request, int status, Object body, Map<String, String> headers) {
        answer(request, status, "application/json", WireMockStubs.write(body), headers);
    }

    /** What "METHOD path" answers from now on: a status and a body of another type, such as a report or a CSV. */
    public void answerText(String request, int status, String contentType, String body) {
        answer(request, status, contentType, body, Map.of());
    }

    private void answer(String request, int status, String contentType, String body, Map<String, String> headers) {
        String[] methodAndPath = request.split(" ", 2);
        ResponseDefinitionBuilder response = aResponse().withStatus(status).withHeader("Content-Type", contentType)
                .withBody(body);
        headers.forEach(response::withHeader);
        StubMapping stub = server.stubFor(request(methodAndPath[0], urlPathEqualTo(methodAndPath[1]))
                .willReturn(response));
        StubMapping earlier = answers.put(request, stub);
        if (earlier != null) {
            server.removeStub(earlier);
        }
    }

    public void reset() {
        answers.clear();
        server.resetAll();
        answerUnset();
    }

    /** Every call under the contexts, in the order they arrived. */
    public List<Call> calls() {
        List<ServeEvent> newestFirst = server.getAllServeEvents();
        List<Call> calls = new ArrayList<>();
        for (ServeEvent event : newestFirst) {
            Call call = call(event.getRequest());
            if (contexts.stream().anyMatch(call.path()::startsWith)) {
                calls.add(call);
            }
        }
        Collections.reverse(calls);
        return List.copyOf(calls);
    }

    private void answerUnset() {
        server.stubFor(any(anyUrl()).atPriority(UNSET)
                .willReturn(jsonResponse("{\"status\":404,\"title\":\"Not Found\"}", 404)));
    }

    private static Call call(LoggedRequest request) {
        URI uri = URI.create(request.getUrl());
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().all().forEach(h -> headers.put(h.key(), h.firstValue()));
        return new Call(request.getMethod().getName(), uri.getPath(), uri.getRawQuery(), request.getBodyAsString(),
                request.getHeader("Authorization"), Map.copyOf(headers));
    }
}
