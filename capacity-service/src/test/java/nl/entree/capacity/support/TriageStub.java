package nl.entree.capacity.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.stub.StubHttp;

/**
 * A stand-in for triage-service with the JSON shapes of its API. Tests set its answers, read what it was asked,
 * and can take it down ({@link #down()}: the port refuses connections) to prove the 503s.
 */
public final class TriageStub {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A case as triage shows it; visible to casemanagers of the lead and of supporting organisations. */
    public record StubCase(UUID id, Organisation lead, List<Organisation> supporting, CaseType caseType,
            CaseStatus status) {
    }

    private static final Map<UUID, StubCase> CASES = new ConcurrentHashMap<>();
    private static final Map<String, Caseloads> CASELOADS = new ConcurrentHashMap<>();
    private static final Map<String, List<OpenCase>> OPEN = new ConcurrentHashMap<>();
    private static volatile List<ClosedCase> closed = List.of();
    private static final Map<String, String> LAST_AUTHORIZATION = new ConcurrentHashMap<>();
    private static volatile String lastClosedQuery;
    private static volatile HttpServer server;
    private static volatile int port;

    private TriageStub() {
    }

    static synchronized String start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("stub triage could not start", e);
        }
        port = server.getAddress().getPort();
        server.createContext("/api/", TriageStub::handle);
        server.start();
        return "http://localhost:" + port;
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Triage unreachable: nothing listens on its port. */
    public static void down() {
        stop();
    }

    public static void up() {
        if (server == null) {
            start();
        }
    }

    public static void putCase(StubCase c) {
        CASES.put(c.id(), c);
    }

    public static UUID newCase(Organisation lead, CaseType caseType) {
        UUID id = UUID.randomUUID();
        putCase(new StubCase(id, lead, List.of(), caseType, CaseStatus.ACCEPTED));
        return id;
    }

    /**
     * Caseloads for {@code GET /api/caseloads?region=}; region null answers the call without a region. The open
     * cases of {@code GET /api/cases/open} follow from it, with fresh ids, as the real triage's would: one case per
     * count by case type, and the rest of {@code open} without a case type.
     */
    public static void caseloads(String region, Caseloads answer) {
        List<OpenCase> open = new ArrayList<>();
        for (Caseloads.OrganisationCaseload load : answer.organisations()) {
            long typed = 0;
            for (Map.Entry<CaseType, Long> byType : load.openByCaseType().entrySet()) {
                for (long i = 0; i < byType.getValue(); i++) {
                    open.add(new OpenCase(UUID.randomUUID(), load.organisation(), byType.getKey()));
                }
                typed += byType.getValue();
            }
            for (long i = typed; i < load.open(); i++) {
                open.add(new OpenCase(UUID.randomUUID(), load.organisation(), null));
            }
        }
        openCases(region, open);
        CASELOADS.put(region == null ? "" : region, answer);
    }

    /** The open cases of a region, when a test needs to know their ids; set it after {@link #caseloads}. */
    public static void openCases(String region, List<OpenCase> open) {
        OPEN.put(region == null ? "" : region, List.copyOf(open));
    }

    public static void closed(List<ClosedCase> answer) {
        closed = List.copyOf(answer);
    }

    /** The Authorization header of the last call to {@code cases}, {@code caseloads}, {@code open} or {@code closed}. */
    public static String lastAuthorization(String endpoint) {
        return LAST_AUTHORIZATION.get(endpoint);
    }

    public static String lastClosedQuery() {
        return lastClosedQuery;
    }

    /** The {@code groups} and {@code org} claims of a bearer token, read without verifying it (a test aid). */
    public static String payload(String authorization) {
        String token = authorization.substring("Bearer ".length());
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null) {
                StubHttp.respond(exchange, 401, "{\"status\":401,\"title\":\"Unauthorized\"}");
                return;
            }
            if (path.equals("/api/caseloads")) {
                LAST_AUTHORIZATION.put("caseloads", authorization);
                String region = StubHttp.queryParam(exchange, "region");
                Caseloads answer = CASELOADS.get(region == null ? "" : region);
                if (answer == null) {
                    StubHttp.respond(exchange, 500, "{\"status\":500}");
                } else {
                    StubHttp.respond(exchange, 200, JSON.writeValueAsString(answer));
                }
            } else if (path.equals("/api/cases/open")) {
                LAST_AUTHORIZATION.put("open", authorization);
                String region = StubHttp.queryParam(exchange, "region");
                String org = StubHttp.queryParam(exchange, "org");
                List<OpenCase> open = OPEN.getOrDefault(region == null ? "" : region, List.of()).stream()
                        .filter(c -> org == null || c.leadOrganisation().name().equals(org)).toList();
                StubHttp.respond(exchange, 200, JSON.writeValueAsString(open));
            } else if (path.equals("/api/cases/closed")) {
                LAST_AUTHORIZATION.put("closed", authorization);
                lastClosedQuery = query;
                StubHttp.respond(exchange, 200, JSON.writeValueAsString(closed));
            } else if (path.startsWith("/api/cases/")) {
                LAST_AUTHORIZATION.put("cases", authorization);
                caseFor(exchange, path.substring("/api/cases/".length()), authorization);
            } else {
                StubHttp.respond(exchange, 404, "{\"status\":404}");
            }
        }
    }

    private static void caseFor(HttpExchange exchange, String id, String authorization) throws IOException {
        StubCase c;
        try {
            c = CASES.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            c = null;
        }
        String claims = payload(authorization);
        boolean visible = c != null && (visibleTo(claims, c.lead())
                || c.supporting().stream().anyMatch(o -> visibleTo(claims, o)) || coordinatorOfTheCase(claims));
        if (!visible) {
            StubHttp.respond(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
            return;
        }
        // More fields than capacity reads, as the real triage answers.
        String body = "{\"id\":\"" + c.id() + "\",\"reference\":\"E-2026-000123\",\"leadOrganisation\":\"" + c.lead()
                + "\",\"supportingOrganisations\":" + json(c.supporting()) + ",\"caseType\":\"" + c.caseType()
                + "\",\"priority\":\"NORMAL\",\"status\":\"" + c.status()
                + "\",\"respondBy\":\"2026-11-30T10:00:00Z\",\"region\":\"VR13\",\"matchedRules\":[\"sport\"]}";
        StubHttp.respond(exchange, 200, body);
    }

    /** Every stub case lies in region VR13, as its answer says. */
    private static boolean coordinatorOfTheCase(String claims) {
        return claims.contains("\"coordinator\"")
                && (!claims.contains("\"region\"") || claims.contains("\"region\":\"VR13\""));
    }

    private static boolean visibleTo(String claims, Organisation org) {
        return claims.contains("\"org\":\"" + org + "\"");
    }

    private static String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }
}
