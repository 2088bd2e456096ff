package nl.entree.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.entree.support.stub.StubHttp;

/**
 * triage, capacity and intake as the case page sees them, on one port: tests set the answers and read what web
 * sent. Directory-service stays unreachable (its panel is tested elsewhere).
 */
public class CaseServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers by "METHOD path" (path without query); anything else is a 404. */
    static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    /** Every call, as "METHOD path?query body". */
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    record Answer(int status, Object body) {
    }

    private HttpServer server;

    static void answer(String request, int status, Object body) {
        ANSWERS.put(request, new Answer(status, body));
    }

    static void reset() {
        ANSWERS.clear();
        CALLS.clear();
    }

    static List<String> calls(String prefix) {
        return CALLS.stream().filter(c -> c.startsWith(prefix)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("stub services could not start", e);
        }
        server.createContext("/api/", CaseServicesStub::handle);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.triage.url", url, "quarkus.rest-client.capacity.url", url,
                "quarkus.rest-client.intake.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CALLS.add(request + (query == null ? "" : "?" + query) + " " + body);
            Answer answer = ANSWERS.get(request);
            if (answer == null) {
                StubHttp.respond(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
                return;
            }
            StubHttp.respond(exchange, answer.status(), JSON.writeValueAsString(answer.body()));
        }
    }
}
