package nl.entree.help;

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
 * triage's evaluate and directory's reads as help sees them, on one port: tests set the answers and read what help
 * sent, with which token.
 */
public class FrontDoorServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers by "METHOD path" (path without query); anything else is a 404. */
    static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    /** Every call. */
    static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    record Answer(int status, Object body) {
    }

    record Call(String request, String query, String body, String authorization) {
    }

    private HttpServer server;

    static void answer(String request, int status, Object body) {
        ANSWERS.put(request, new Answer(status, body));
    }

    static void reset() {
        ANSWERS.clear();
        CALLS.clear();
    }

    static List<Call> calls(String request) {
        return CALLS.stream().filter(c -> c.request().equals(request)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("stub services could not start", e);
        }
        server.createContext("/api/", FrontDoorServicesStub::handle);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.triage.url", url, "quarkus.rest-client.directory.url", url);
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
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CALLS.add(new Call(request, exchange.getRequestURI().getRawQuery(), body,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Answer answer = ANSWERS.get(request);
            if (answer == null) {
                StubHttp.respond(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
                return;
            }
            StubHttp.respond(exchange, answer.status(), JSON.writeValueAsString(answer.body()));
        }
    }
}
