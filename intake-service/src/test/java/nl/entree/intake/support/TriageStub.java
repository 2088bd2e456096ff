package nl.entree.intake.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.FatalStartupException;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import nl.entree.support.stub.StubHttp;
import nl.entree.support.stub.WireMockStubs;

/**
 * A stand-in for triage-service {@code POST /api/cases}, on WireMock: it checks the service token, de-duplicates on
 * contactId as triage does, and answers with a {@code CaseReceipt}. Its lead is a small part of the real
 * rules: setting HOME → VT, ONLINE → HELPWANTED, anything else → CSG, with SHN supporting. It shows a case
 * ({@code GET /api/cases/{id}/parties}) to the casemanagers its lead and supporters, as triage does.
 * <p>
 * Tests steer it through a control server on another port (the test resource may live in another class
 * loader than the tests): {@code /mode/UP|UNAVAILABLE|REJECT|HOLD|DOWN}, {@code /received/{contactId}},
 * {@code /reassign/{contactId}/{lead}} and {@code /held/}. HOLD keeps each case's parties from intake until the mode
 * changes, so that a test acts while a read is waiting for triage without guessing how long that takes.
 * DOWN closes the receiving port altogether, as a stopped triage-service would; what it received stays in
 * WireMock's journal, from which {@code /received} counts. intake's routing pull ({@code GET /api/cases/routing})
 * gets the cases the stub made and moved, in the order it did.
 */
public class TriageStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASES = "/api/cases";
    /** The deadline every case is routed with, and the earlier one a reassignment gives it. */
    public static final String RESPOND_BY = "2030-01-01T00:00:00Z";
    public static final String REASSIGNED_RESPOND_BY = "2029-06-01T00:00:00Z";
    /**
     * The longest mode HOLD keeps an answer back, should a test never change the mode: within intake's timeout of
     * 3 s, so that the read still gets its answer and ends.
     */
    public static final int HOLD_MS = 2500;
    /** The subject of a token triage no longer accepts (401), as after a sign-out intake did not hear of. */
    public static final String SIGNED_OUT_AT_TRIAGE = "signed-out-at-triage";
    /** The subject of a token triage accepts but lets see no case (403). */
    public static final String REFUSED_BY_TRIAGE = "refused-by-triage";

    /** The case id triage gave each contact id. */
    private final Map<String, String> cases = new ConcurrentHashMap<>();

    /** When the stub "created" each case: a second before its first post, so that it differs from intake's moment. */
    private final Map<String, Instant> createdAt = new ConcurrentHashMap<>();
    /** Who triage involves in each case now, by case id: the lead first, then the supporters. */
    private final Map<String, List<String>> parties = new ConcurrentHashMap<>();
    /** The contact id of each case id. */
    private final Map<String, String> contactOf = new ConcurrentHashMap<>();
    /**
     * When each case's lead or supporters last changed, as triage stamps it. Stamps of the stub's own, a millisecond
     * apart, so that their order is the order of the changes however fast a test makes them.
     */
    private final Map<String, Instant> routingChangedAt = new ConcurrentHashMap<>();
    /** Cases a reassignment made acute, as triage does where the new case type is: sooner than the receipt's. */
    private final Map<String, Boolean> madeAcute = new ConcurrentHashMap<>();
    private final AtomicLong lastStamp = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    /** The scopes of the erasures received, by contact id, in order. */
    private final Map<String, List<String>> erasures = new ConcurrentHashMap<>();
    /** The stubs of the mode now: a 503 or 422 ahead of the usual answers. */
    private final List<StubMapping> modeStubs = new ArrayList<>();
    /** Opened when mode HOLD ends; closed while it lasts. */
    private volatile CountDownLatch release = new CountDownLatch(0);
    /** How many answers mode HOLD keeps back now. */
    private final AtomicInteger held = new AtomicInteger();
    private WireMockServer receiver;
    private WireMockServer control;

    @Override
    public synchronized Map<String, String> start() {
        receiver = WireMockStubs.start(WireMockStubs.freePort(), WireMockStubs.answer("receive", this::receive),
                WireMockStubs.answer("erasure", this::erasure), WireMockStubs.answer("case", this::caseFor),
                WireMockStubs.answer("routing", this::routing));
        receiver.stubFor(any(urlPathMatching(CASES + "(/.*)?")).atPriority(10).willReturn(jsonResponse("{}", 405)));
        receiver.stubFor(post(urlPathMatching(CASES + "(/erasures)?")).atPriority(1)
                .andMatching(WireMockStubs.withoutRole("service")).willReturn(jsonResponse("{}", 401)));
        receiver.stubFor(post(urlPathEqualTo(CASES)).willReturn(aResponse().withTransformers("receive")));
        receiver.stubFor(post(urlPathEqualTo(CASES + "/erasures")).willReturn(aResponse().withTransformers("erasure")));
        receiver.stubFor(get(urlPathMatching(CASES + "/[^/]+/parties"))
                .willReturn(aResponse().withTransformers("case")));
        receiver.stubFor(get(urlPathEqualTo(CASES + "/routing")).atPriority(1)
                .andMatching(WireMockStubs.withoutRole("service")).willReturn(jsonResponse("{}", 401)));
        receiver.stubFor(get(urlPathEqualTo(CASES + "/routing")).willReturn(aResponse().withTransformers("routing")));
        control = WireMockStubs.start(0, WireMockStubs.answer("mode", this::setMode),
                WireMockStubs.answer("received", this::received), WireMockStubs.answer("reassign", this::reassign),
                WireMockStubs.answer("held", this::held));
        for (String command : List.of("mode", "received", "reassign", "held")) {
            control.stubFor(get(urlPathMatching("/" + command + "/.*"))
                    .willReturn(aResponse().withTransformers(command)));
        }
        String url = WireMockStubs.baseUrl(receiver);
        return Map.of(
                "quarkus.rest-client.triage.url", url,
                "quarkus.rest-client.triage-cases.url", url,
                "entree.test.triage-stub.control", WireMockStubs.baseUrl(control));
    }

    @Override
    public synchronized void stop() {
        if (receiver != null) {
            receiver.stop();
        }
        if (control != null) {
            control.stop();
        }
    }

    private synchronized ResponseDefinition setMode(Request request) {
        String wanted = path(request).substring("/mode/".length());
        modeStubs.forEach(receiver::removeStub);
        modeStubs.clear();
        release.countDown();
        release = new CountDownLatch("HOLD".equals(wanted) ? 1 : 0);
        switch (wanted) {
            case "UNAVAILABLE" -> {
                modeStubs.add(receiver.stubFor(post(urlPathEqualTo(CASES)).atPriority(2)
                        .willReturn(jsonResponse("{\"status\":503}", 503))));
                modeStubs.add(receiver.stubFor(get(urlPathMatching(CASES + "/[^/]+/parties")).atPriority(2)
                        .willReturn(jsonResponse("{\"status\":503}", 503))));
                modeStubs.add(receiver.stubFor(get(urlPathEqualTo(CASES + "/routing")).atPriority(1)
                        .willReturn(jsonResponse("{\"status\":503}", 503))));
            }
            case "REJECT" -> modeStubs.add(receiver.stubFor(post(urlPathEqualTo(CASES)).atPriority(2)
                    .willReturn(jsonResponse("{\"status\":422}", 422))));
            default -> {
            }
        }
        if ("DOWN".equals(wanted) && receiver.isRunning()) {
            receiver.stop();
        } else if (!"DOWN".equals(wanted) && !receiver.isRunning()) {
            restartReceiver();
        }
        return WireMockStubs.json(200, "{\"mode\":\"" + wanted + "\"}");
    }

    /** The port may still be held a moment after DOWN closed it. */
    private void restartReceiver() {
        for (int attempt = 1; !receiver.isRunning(); attempt++) {
            try {
                receiver.start();
            } catch (FatalStartupException e) {
                if (attempt == 50) {
                    throw e;
                }
                pause();
            }
        }
    }

    /** {@code /received/{contactId}}: the service-token posts for the contact, its case, refusals and erasures. */
    private ResponseDefinition received(Request request) {
        String contactId = path(request).substring("/received/".length());
        ObjectNode body = JSON.createObjectNode();
        body.put("posts", receiver.findAll(postRequestedFor(urlPathEqualTo(CASES))
                .withRequestBody(matchingJsonPath("$.contactId", equalTo(contactId)))
                .andMatching(WireMockStubs.withRole("service"))).size());
        body.put("cases", cases.containsKey(contactId) ? 1 : 0);
        body.put("caseId", cases.get(contactId));
        body.put("createdAt", cases.containsKey(contactId) ? createdAt.get(cases.get(contactId)).toString() : null);
        body.put("unauthorised", receiver.findAll(postRequestedFor(urlPathMatching(CASES + "(/erasures)?"))
                .andMatching(WireMockStubs.withoutRole("service"))).size());
        erasures.getOrDefault(contactId, List.of()).forEach(body.putArray("erasures")::add);
        return WireMockStubs.json(200, body.toString());
    }

    /** {@code /held/}: how many answers about a case's parties mode HOLD keeps back now. */
    private ResponseDefinition held(Request request) {
        return WireMockStubs.json(200, "{\"held\":" + held.get() + "}");
    }

    /** {@code /reassign/{contactId}/{lead}}: a decline and a coordinator's reassignment, as triage records them. */
    private ResponseDefinition reassign(Request request) {
        String[] path = path(request).substring("/reassign/".length()).split("/");
        String caseId = cases.get(path[0]);
        if (caseId == null) {
            return WireMockStubs.json(404, "{}");
        }
        List<String> now = new ArrayList<>(parties.get(caseId));
        now.remove(path[1]);
        now.set(0, path[1]);
        parties.put(caseId, List.copyOf(now));
        madeAcute.put(caseId, true);
        routingChanged(caseId);
        return WireMockStubs.json(200, "{}");
    }

    /** {@code GET /api/cases/{id}/parties}: visible to casemanagers of the lead and supporting organisations only. */
    private ResponseDefinition caseFor(Request request) {
        String caseId = path(request).split("/")[3];
        hold();
        List<String> involved = parties.get(caseId);
        JsonNode claims = StubHttp.claims(request.getHeader("Authorization"));
        String org = claims.path("org").asText();
        switch (claims.path("sub").asText()) {
            case SIGNED_OUT_AT_TRIAGE -> {
                return WireMockStubs.json(401, "{\"status\":401}");
            }
            case REFUSED_BY_TRIAGE -> {
                return WireMockStubs.json(403, "{\"status\":403}");
            }
            default -> {
            }
        }
        if (involved == null || !involved.contains(org)) {
            return WireMockStubs.json(404, "{\"status\":404}");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("id", caseId);
        body.put("status", "OFFERED");
        body.put("leadOrganisation", involved.get(0));
        involved.subList(1, involved.size()).forEach(body.putArray("supportingOrganisations")::add);
        body.put("caseType", caseType(involved.get(0)));
        return WireMockStubs.json(200, body.toString());
    }

    private void routingChanged(String caseId) {
        routingChangedAt.put(caseId, Instant.ofEpochMilli(lastStamp.incrementAndGet()));
    }

    /**
     * {@code GET /api/cases/routing?after=&afterId=&limit=}: the cases changed after the pair, by stamp and then case
     * id, for intake's service token only, as triage answers it.
     */
    private ResponseDefinition routing(Request request) {
        if (!"intake-service".equals(StubHttp.claims(request.getHeader("Authorization")).path("sub").asText())) {
            return WireMockStubs.json(403, "{\"status\":403}");
        }
        Map<String, String> query = query(request);
        Instant after = query.containsKey("after") ? Instant.parse(query.get("after")) : null;
        String afterId = query.get("afterId");
        int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
        List<Map.Entry<String, Instant>> page = routingChangedAt.entrySet().stream()
                .filter(e -> after == null || e.getValue().isAfter(after)
                        || e.getValue().equals(after) && afterId != null && e.getKey().compareTo(afterId) > 0)
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
        ObjectNode body = JSON.createObjectNode();
        ArrayNode changes = body.putArray("changes");
        for (Map.Entry<String, Instant> e : page) {
            List<String> involved = parties.get(e.getKey());
            ObjectNode change = changes.addObject();
            change.put("caseId", e.getKey());
            change.put("contactId", contactOf.get(e.getKey()));
            change.put("leadOrganisation", involved.get(0));
            involved.subList(1, involved.size()).forEach(change.putArray("supportingOrganisations")::add);
            boolean acute = madeAcute.containsKey(e.getKey());
            change.put("priority", acute ? "ACUTE" : "NORMAL");
            change.put("respondBy", acute ? REASSIGNED_RESPOND_BY : RESPOND_BY);
            change.put("routingChangedAt", e.getValue().toString());
        }
        if (page.size() == limit) {
            Map.Entry<String, Instant> last = page.get(page.size() - 1);
            body.putObject("next").put("after", last.getValue().toString()).put("afterId", last.getKey());
        } else {
            body.putNull("next");
        }
        return WireMockStubs.json(200, body.toString());
    }

    private static Map<String, String> query(Request request) {
        Map<String, String> query = new HashMap<>();
        String raw = URI.create(request.getUrl()).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    /** In mode HOLD, waits until the mode changes, or {@link #HOLD_MS} at most. */
    private void hold() {
        CountDownLatch until = release;
        if (until.getCount() == 0) {
            return;
        }
        held.incrementAndGet();
        try {
            until.await(HOLD_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
    }

    private ResponseDefinition erasure(Request request) {
        JsonNode erasure = read(request);
        erasures.merge(erasure.path("contactId").asText(), List.of(erasure.path("scope").asText()),
                (earlier, added) -> Stream.concat(earlier.stream(), added.stream()).toList());
        return WireMockStubs.json(200, "{}");
    }

    /** {@code POST /api/cases}: one case per contact id however often it is posted. */
    private ResponseDefinition receive(Request request) {
        JsonNode newCase = read(request);
        String contactId = newCase.path("contactId").asText();
        String caseId = cases.computeIfAbsent(contactId, id -> UUID.randomUUID().toString());
        createdAt.putIfAbsent(caseId, Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS));
        String lead = lead(newCase.path("assessment"));
        if (parties.putIfAbsent(caseId, List.of(lead, "SHN")) == null) {
            contactOf.put(caseId, contactId);
            routingChanged(caseId);
        }
        return WireMockStubs.json(201, receipt(caseId, contactId, lead, createdAt.get(caseId)).toString());
    }

    private static JsonNode read(Request request) {
        try {
            return JSON.readTree(request.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(Request request) {
        return URI.create(request.getUrl()).getPath();
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

    private static ObjectNode receipt(String caseId, String contactId, String lead, Instant createdAt) {
        String caseType = caseType(lead);
        ObjectNode decision = JSON.createObjectNode();
        decision.put("leadOrganisation", lead);
        decision.putArray("supportingOrganisations").add("SHN");
        decision.put("caseType", caseType);
        decision.put("priority", "NORMAL");
        decision.put("acute", false);
        decision.put("emergency", false);
        decision.put("respondBy", RESPOND_BY);
        decision.put("ruleSetVersion", 1);
        decision.putArray("matchedRules").add("stub");
        decision.putArray("rationale").add("Decided by the test stub.");
        ObjectNode receipt = JSON.createObjectNode();
        receipt.put("caseId", caseId);
        receipt.put("contactId", contactId);
        receipt.put("status", "OFFERED");
        receipt.set("decision", decision);
        receipt.put("createdAt", createdAt.toString());
        return receipt;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
