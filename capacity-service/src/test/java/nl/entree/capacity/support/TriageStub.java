package nl.entree.capacity.support;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import nl.entree.common.contract.Caseloads;
import nl.entree.common.contract.CaseStatus;
import nl.entree.common.contract.ClosedCase;
import nl.entree.common.contract.OpenCase;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.stub.WireMockStubs;

/**
 * A stand-in for triage-service with the JSON shapes of its API, on WireMock. Tests set its answers, read what it
 * was asked (from WireMock's journal), and can take it down ({@link #down()}: the port refuses connections) to prove
 * the 503s.
 */
public final class TriageStub {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A case as triage shows it; visible to casemanagers of the lead and of supporting organisations. */
    public record StubCase(UUID id, Organisation lead, List<Organisation> supporting, CaseType caseType,
            CaseStatus status) {
    }

    private static final Map<UUID, StubCase> CASES = new ConcurrentHashMap<>();
    /** The stub mapping of each region's caseloads; "" for the call without a region. */
    private static final Map<String, StubMapping> CASELOADS = new ConcurrentHashMap<>();
    private static final Map<String, List<OpenCase>> OPEN = new ConcurrentHashMap<>();
    private static volatile StubMapping closed;
    private static volatile WireMockServer server;

    private TriageStub() {
    }

    static synchronized String start() {
        server = WireMockStubs.start(WireMockStubs.freePort(), WireMockStubs.answer("case", TriageStub::caseFor),
                WireMockStubs.answer("open", TriageStub::open));
        CASELOADS.clear();
        closed = null;
        server.stubFor(any(urlPathMatching("/api/.*")).atPriority(10)
                .willReturn(jsonResponse("{\"status\":404}", 404)));
        server.stubFor(any(urlPathMatching("/api/.*")).atPriority(1).withHeader("Authorization", absent())
                .willReturn(jsonResponse("{\"status\":401,\"title\":\"Unauthorized\"}", 401)));
        server.stubFor(get(urlPathEqualTo("/api/caseloads")).atPriority(9)
                .willReturn(jsonResponse("{\"status\":500}", 500)));
        server.stubFor(get(urlPathEqualTo("/api/cases/open")).willReturn(aResponse().withTransformers("open")));
        server.stubFor(get(urlPathMatching("/api/cases/[^/]+/parties")).atPriority(6)
                .willReturn(aResponse().withTransformers("case")));
        closed(List.of());
        return WireMockStubs.baseUrl(server);
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Triage unreachable: nothing listens on its port. Its answers and journal stay for {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
        }
    }

    public static synchronized void up() {
        if (server == null) {
            start();
        } else if (!server.isRunning()) {
            server.start();
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
        StubMapping earlier = CASELOADS.put(region == null ? "" : region,
                server.stubFor(get(urlPathEqualTo("/api/caseloads"))
                        .withQueryParam("region", region == null ? absent() : equalTo(region))
                        .willReturn(okJson(json(answer)))));
        if (earlier != null) {
            server.removeStub(earlier);
        }
    }

    /** The open cases of a region, when a test needs to know their ids; set it after {@link #caseloads}. */
    public static void openCases(String region, List<OpenCase> open) {
        OPEN.put(region == null ? "" : region, List.copyOf(open));
    }

    public static void closed(List<ClosedCase> answer) {
        StubMapping earlier = closed;
        closed = server.stubFor(get(urlPathEqualTo("/api/cases/closed")).willReturn(okJson(json(answer))));
        if (earlier != null) {
            server.removeStub(earlier);
        }
    }

    /**
     * Triage refuses this token on every endpoint with {@code status}, as it refuses one it knows was signed out
     * (401) or one its rules do not allow (403), whatever capacity thought of it.
     */
    public static void refuse(String token, int status) {
        server.stubFor(any(urlPathMatching("/api/.*")).atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(jsonResponse("{\"status\":" + status + "}", status)));
    }

    /** How often {@code cases}, {@code caseloads}, {@code open} or {@code closed} was called with a token. */
    public static long calls(String endpoint) {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.containsHeader("Authorization"))
                .filter(r -> endpoint.equals(endpoint(URI.create(r.getUrl()).getPath()))).count();
    }

    /**
     * The Authorization header of the last call to {@code cases}, {@code caseloads}, {@code open} or {@code closed}.
     */
    public static String lastAuthorization(String endpoint) {
        return lastCall(endpoint).map(r -> r.getHeader("Authorization")).orElse(null);
    }

    public static String lastClosedQuery() {
        return lastCall("closed").map(r -> URI.create(r.getUrl()).getRawQuery()).orElse(null);
    }

    /** The {@code groups} and {@code org} claims of a bearer token, read without verifying it (a test aid). */
    public static String payload(String authorization) {
        String token = authorization.substring("Bearer ".length());
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The newest call with a token to {@code caseloads}, {@code open}, {@code closed} or {@code cases}. */
    private static Optional<Request> lastCall(String endpoint) {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.containsHeader("Authorization"))
                .filter(r -> endpoint.equals(endpoint(URI.create(r.getUrl()).getPath())))
                .map(Request.class::cast).findFirst();
    }

    private static String endpoint(String path) {
        return switch (path) {
            case "/api/caseloads" -> "caseloads";
            case "/api/cases/open" -> "open";
            case "/api/cases/closed" -> "closed";
            default -> path.startsWith("/api/cases/") ? "cases" : null;
        };
    }

    /** {@code GET /api/cases/open?region=&org=}: the region's open cases, of one lead when {@code org} is given. */
    private static ResponseDefinition open(Request request) {
        String region = request.queryParameter("region").isPresent()
                ? request.queryParameter("region").firstValue() : "";
        String org = request.queryParameter("org").isPresent() ? request.queryParameter("org").firstValue() : null;
        List<OpenCase> open = OPEN.getOrDefault(region, List.of()).stream()
                .filter(c -> org == null || c.leadOrganisation().name().equals(org)).toList();
        return WireMockStubs.json(200, json(open));
    }

    private static ResponseDefinition caseFor(Request request) {
        String id = URI.create(request.getUrl()).getPath().split("/")[3];
        StubCase c;
        try {
            c = CASES.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            c = null;
        }
        String claims = payload(request.getHeader("Authorization"));
        boolean visible = c != null && (visibleTo(claims, c.lead())
                || c.supporting().stream().anyMatch(o -> visibleTo(claims, o)) || coordinatorOfTheCase(claims));
        if (!visible) {
            return WireMockStubs.json(404, "{\"status\":404,\"title\":\"Not Found\"}");
        }
        return WireMockStubs.json(200, "{\"id\":\"" + c.id() + "\",\"status\":\"" + c.status()
                + "\",\"leadOrganisation\":\"" + c.lead() + "\",\"supportingOrganisations\":" + json(c.supporting())
                + ",\"caseType\":\"" + c.caseType() + "\"}");
    }

    /** Every stub case lies in region VR13. */
    private static boolean coordinatorOfTheCase(String claims) {
        return claims.contains("\"coordinator\"")
                && (!claims.contains("\"region\"") || claims.contains("\"region\":\"VR13\""));
    }

    private static boolean visibleTo(String claims, Organisation org) {
        return claims.contains("\"org\":\"" + org + "\"");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
