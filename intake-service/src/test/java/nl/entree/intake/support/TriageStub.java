package nl.entree.intake.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.StubHttp;

/**
 * A stand-in for triage-service {@code POST /api/cases}: it checks the service token, de-duplicates on
 * contactId as triage does, and answers with a {@code CaseReceipt}. Its lead is a small part of the real
 * rules: setting HOME → VT, ONLINE → HELPWANTED, anything else → CSG, with SHN supporting. It shows a case
 * ({@code GET /api/cases/{id}}) to the casemanagers its lead and supporters, as triage does.
 * <p>
 * Tests steer it through a control server on another port (the test resource may live in another class
 * loader than the tests): {@code /mode/UP|UNAVAILABLE|REJECT|DOWN}, {@code /received/{contactId}} and
 * {@code /reassign/{contactId}/{lead}}.
 * DOWN closes the receiving port altogether, as a stopped triage-service would.
 */
public class TriageStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> cases = new ConcurrentHashMap<>();
    /** Who triage involves in each case now, by case id: the lead first, then the supporters. */
    private final Map<String, List<String>> parties = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();
    /** The scopes of the erasures received, by contact id, in order. */
    private final Map<String, List<String>> erasures = new ConcurrentHashMap<>();
    private final AtomicInteger unauthorised = new AtomicInteger();
    private volatile String mode = "UP";
    private int port;
    private HttpServer receiver;
    private HttpServer control;

    @Override
    public synchronized Map<String, String> start() {
        port = freePort();
        startReceiver();
        try {
            control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control.createContext("/mode/", this::setMode);
        control.createContext("/received/", this::received);
        control.createContext("/reassign/", this::reassign);
        control.setExecutor(Executors.newCachedThreadPool());
        control.start();
        return Map.of(
                "quarkus.rest-client.triage.url", "http://127.0.0.1:" + port,
                "quarkus.rest-client.triage-cases.url", "http://127.0.0.1:" + port,
                "entree.test.triage-stub.control", "http://127.0.0.1:" + control.getAddress().getPort());
    }

    @Override
    public synchronized void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (control != null) {
            control.stop(0);
        }
    }

    private synchronized void startReceiver() {
        for (int attempt = 1; receiver == null; attempt++) {
            try {
                receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (IOException e) {
                if (attempt == 50) {
                    throw new UncheckedIOException(e);
                }
                pause();
            }
        }
        receiver.createContext("/api/cases", this::cases);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
    }

    private void setMode(HttpExchange exchange) throws IOException {
        String wanted = exchange.getRequestURI().getPath().substring("/mode/".length());
        synchronized (this) {
            if ("DOWN".equals(wanted) && receiver != null) {
                receiver.stop(0);
                receiver = null;
            } else if (!"DOWN".equals(wanted) && receiver == null) {
                startReceiver();
            }
            mode = wanted;
        }
        StubHttp.respond(exchange, 200, "{\"mode\":\"" + wanted + "\"}");
    }

    private void received(HttpExchange exchange) throws IOException {
        String contactId = exchange.getRequestURI().getPath().substring("/received/".length());
        ObjectNode body = JSON.createObjectNode();
        AtomicInteger count = posts.get(contactId);
        body.put("posts", count == null ? 0 : count.get());
        body.put("cases", cases.containsKey(contactId) ? 1 : 0);
        body.put("caseId", cases.get(contactId));
        body.put("unauthorised", unauthorised.get());
        erasures.getOrDefault(contactId, List.of()).forEach(body.putArray("erasures")::add);
        StubHttp.respond(exchange, 200, body.toString());
    }

    /** {@code /reassign/{contactId}/{lead}}: a decline and a coordinator's reassignment, as triage would record them. */
    private void reassign(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring("/reassign/".length()).split("/");
        String caseId = cases.get(path[0]);
        if (caseId == null) {
            StubHttp.respond(exchange, 404, "{}");
            return;
        }
        List<String> now = new ArrayList<>(parties.get(caseId));
        now.remove(path[1]);
        now.set(0, path[1]);
        parties.put(caseId, List.copyOf(now));
        StubHttp.respond(exchange, 200, "{}");
    }

    /** {@code GET /api/cases/{id}}: visible to casemanagers of the lead and supporting organisations only. */
    private void caseFor(HttpExchange exchange) throws IOException {
        if (mode.equals("UNAVAILABLE")) {
            StubHttp.respond(exchange, 503, "{\"status\":503}");
            return;
        }
        String caseId = exchange.getRequestURI().getPath().substring("/api/cases/".length());
        List<String> involved = parties.get(caseId);
        String org = StubHttp.claims(exchange.getRequestHeaders().getFirst("Authorization")).path("org").asText();
        if (involved == null || !involved.contains(org)) {
            StubHttp.respond(exchange, 404, "{\"status\":404}");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("id", caseId);
        body.put("status", "OFFERED");
        body.put("leadOrganisation", involved.get(0));
        involved.subList(1, involved.size()).forEach(body.putArray("supportingOrganisations")::add);
        body.put("caseType", caseType(involved.get(0)));
        body.put("reference", "E-2026-000001");
        StubHttp.respond(exchange, 200, body.toString());
    }

    private void cases(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            caseFor(exchange);
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            StubHttp.respond(exchange, 405, "{}");
            return;
        }
        if (!StubHttp.hasRole(exchange.getRequestHeaders().getFirst("Authorization"), "service")) {
            unauthorised.incrementAndGet();
            StubHttp.respond(exchange, 401, "{}");
            return;
        }
        JsonNode newCase = JSON.readTree(exchange.getRequestBody());
        String contactId = newCase.path("contactId").asText();
        if (exchange.getRequestURI().getPath().equals("/api/cases/erasures")) {
            erasures.merge(contactId, List.of(newCase.path("scope").asText()),
                    (earlier, added) -> Stream.concat(earlier.stream(), added.stream()).toList());
            StubHttp.respond(exchange, 200, "{}");
            return;
        }
        posts.computeIfAbsent(contactId, id -> new AtomicInteger()).incrementAndGet();
        switch (mode) {
            case "UNAVAILABLE" -> StubHttp.respond(exchange, 503, "{\"status\":503}");
            case "REJECT" -> StubHttp.respond(exchange, 422, "{\"status\":422}");
            default -> {
                String caseId = cases.computeIfAbsent(contactId, id -> UUID.randomUUID().toString());
                String lead = lead(newCase.path("assessment"));
                parties.putIfAbsent(caseId, List.of(lead, "SHN"));
                StubHttp.respond(exchange, 201, receipt(caseId, contactId, lead).toString());
            }
        }
    }

    private static String lead(JsonNode assessment) {
        return switch (assessment.path("setting").asText("UNKNOWN")) {
            case "HOME" -> "VT";
            case "ONLINE" -> "HELPWANTED";
            default -> "CSG";
        };
    }

    private static String caseType(String lead) {
        return switch (lead) {
            case "VT" -> "VT_SAFETY_ASSESSMENT";
            case "HELPWANTED" -> "HELPWANTED_ADVICE";
            case "SHN" -> "SHN_SUPPORT";
            default -> "CSG_NON_ACUTE";
        };
    }

    private static ObjectNode receipt(String caseId, String contactId, String lead) {
        String caseType = caseType(lead);
        ObjectNode decision = JSON.createObjectNode();
        decision.put("leadOrganisation", lead);
        decision.putArray("supportingOrganisations").add("SHN");
        decision.put("caseType", caseType);
        decision.put("priority", "NORMAL");
        decision.put("acute", false);
        decision.put("emergency", false);
        decision.put("respondBy", Instant.parse("2030-01-01T00:00:00Z").toString());
        decision.put("ruleSetVersion", 1);
        decision.putArray("matchedRules").add("stub");
        decision.putArray("rationale").add("Decided by the test stub.");
        ObjectNode receipt = JSON.createObjectNode();
        receipt.put("caseId", caseId);
        receipt.put("contactId", contactId);
        receipt.put("status", "OFFERED");
        receipt.set("decision", decision);
        return receipt;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
