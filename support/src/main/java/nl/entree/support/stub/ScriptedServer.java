package nl.entree.support.stub;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for other services whose answers each test sets ("POST /api/triage/evaluate" answers 503) and which
 * records every call with its body and token, so that a test can check what was sent. Anything not set is a 404.
 * For stand-ins whose answer is a function of the request, write a handler with {@link StubHttp} instead.
 */
public final class ScriptedServer {

    /** Records such as {@code TriageDecision} are written as the services write them: times as ISO-8601 text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One call as it arrived; {@link #line()} is "METHOD path?query body". */
    public record Call(String method, String path, String query, String body, String authorization) {

        public String request() {
            return method + " " + path;
        }

        public String line() {
            return request() + (query == null ? "" : "?" + query) + " " + body;
        }
    }

    private record Answer(int status, String json, String contentType) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Starts on a free port, answering under the given path prefixes; returns its base URL. */
    public String start(String... contexts) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the stand-in services could not start", e);
        }
        for (String context : contexts) {
            server.createContext(context, this::handle);
        }
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** What "METHOD path" (without query) answers from now on: a status and a body (a record or map) as JSON. */
    public void answer(String request, int status, Object body) {
        try {
            answers.put(request, new Answer(status, JSON.writeValueAsString(body), "application/json"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** What "METHOD path" answers from now on: a status and a body of another type, such as a report or a CSV. */
    public void answerText(String request, int status, String contentType, String body) {
        answers.put(request, new Answer(status, body, contentType));
    }

    public void reset() {
        answers.clear();
        calls.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            calls.add(call);
            Answer answer = answers.get(call.request());
            if (answer == null) {
                StubHttp.respond(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
                return;
            }
            StubHttp.respond(exchange, answer.status(), answer.contentType(), answer.json());
        }
    }
}
