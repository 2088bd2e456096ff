package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * Issue 7.3: generated bad inputs to every writing endpoint (POST, PUT, DELETE) of the five services: 1,000 to each of
 * the fifteen first covered, fewer to the others as their entries say; no 5xx, every 4xx problem+json, no leaked
 * internals; and where an endpoint creates something, a refused input leaves nothing: one new object per 201.
 */
class BadInputIT {

    private static final int INPUTS_PER_ENDPOINT = 1000;
    // At about 35 ms an input (a loaded 2-core machine), 1,000 to each of the 52 endpoints would take half an hour.
    private static final int INPUTS_PER_ADDED_ENDPOINT = 200;
    /** An endpoint that reads no body acts on the first input and refuses or repeats the rest: a few show that. */
    private static final int INPUTS_WITHOUT_BODY = 20;
    /** In a template, replaced by a new UUID in every input: a case per input, not one contact's case again. */
    private static final String FRESH_ID = "00000000-0000-4000-8000-00000000fee1";
    /** In a template, replaced by a name of this run and the input's number. */
    private static final String FRESH_NAME = "bi-fresh-name";
    private static final String RUN = "bi" + UUID.randomUUID().toString().substring(0, 8);
    /**
     * What a leaked stack trace, class name or SQL looks like. A class name is matched from the start of a word only:
     * tried at every letter, a reply that repeats a huge accepted string stalled the test for many minutes.
     */
    private static final Pattern LEAK = Pattern.compile(
            "(\\tat |\\bat [a-z]+\\.[a-z]+\\.|(?<![A-Za-z.])[a-z]++\\.[a-z]++\\.[A-Za-z.]*(Exception|Error)\\b|"
                    + "java\\.lang|jakarta\\.|hibernate|"
                    + "SQLState|ERROR: |select .* from |insert into )",
            Pattern.CASE_INSENSITIVE);
    private static String directoryBefore;

    private final Suite suite = Suite.get();

    /**
     * A list that grows by one for each object the endpoint creates; pointer "" counts the elements of an array. With
     * carried, the list holds only what carries it, so only a 201 to a body that still carried it counts.
     */
    record Count(String service, String path, String token, String pointer, String carried) {

        Count(String service, String path, String token, String pointer) {
            this(service, path, token, pointer, null);
        }
    }

    record Endpoint(String service, String method, String path, String token, Map<String, String> headers,
            String mediaType, String template, int inputs, Count created) {

        static Endpoint of(String service, String method, String path, String token, String template) {
            return new Endpoint(service, method, path, token, Map.of(), "application/json", template,
                    INPUTS_PER_ADDED_ENDPOINT, null);
        }

        /** An endpoint that reads no body: it still gets the bodies, and must not stumble on them. */
        static Endpoint bodiless(String service, String path, String token) {
            return of(service, "POST", path, token, "{}").inputs(INPUTS_WITHOUT_BODY);
        }

        Endpoint inputs(int count) {
            return new Endpoint(service, method, path, token, headers, mediaType, template, count, created);
        }

        Endpoint headers(Map<String, String> more) {
            return new Endpoint(service, method, path, token, more, mediaType, template, inputs, created);
        }

        Endpoint csv() {
            return new Endpoint(service, method, path, token, headers, BadInput.CSV, template, inputs, created);
        }

        Endpoint counting(Count count) {
            return new Endpoint(service, method, path, token, headers, mediaType, template, inputs, count);
        }

        /** The same seed on every run: the ids in a path differ, the inputs do not. */
        long seed() {
            return toString().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replace(RUN, "{run}").hashCode();
        }

        @Override
        public String toString() {
            return method + " " + service + path;
        }
    }

    static Stream<Arguments> endpoints() throws IOException {
        Suite suite = Suite.get();
        String casemanager = Tokens.casemanager(Organisation.CSG);
        String coordinator = Tokens.coordinator();
        String admin = Tokens.admin();
        String editor = Tokens.as("editor").sign();
        String service = Tokens.service();
        // Only intake's subject may create a case or have one forgotten: any other service's token meets a 403.
        String intake = Tokens.asService().subject("intake-service").sign();
        String frontDoor = Tokens.frontDoor();
        String today = LocalDate.now(DutchTime.ZONE).toString();
        // A norm or a cost may not start in the past: a year ahead stays valid whenever the suite runs.
        String nextYear = LocalDate.now(DutchTime.ZONE).plusYears(1).withDayOfYear(1).toString();
        String assessment = """
                {"receivedAt":"2026-11-01T10:00:00Z","channel":"CHAT","callerRole":"VICTIM","anonymous":true,
                 "incidentTypes":["RAPE"],"setting":"PUBLIC","incidentDate":"2026-10-30","timeSinceIncident":"WITHIN_7_DAYS",
                 "victimAgeGroup":"ADULT","region":"VR13","needs":["MEDICAL","FORENSIC"],"immediateDanger":false,
                 "consentToShare":true,"summary":"text"}""";
        String identified = assessment.replace("\"anonymous\":true", "\"anonymous\":false")
                .replace("\"summary\":\"text\"", "\"summary\":\"text\",\"clientCode\":\"ABC-123\",\"contact\":{\"name\":\"A\",\"phone\":\"+31612345678\",\"email\":\"a@example.org\"}");

        Setup setup = new Setup(suite, assessment);
        // Each case endpoint gets a case of its own, in the state it acts on, so no input changes another's case.
        JsonNode toAccept = setup.routedCase();
        JsonNode toDecline = setup.routedCase();
        JsonNode toClose = setup.acceptedCase();
        JsonNode toReassign = setup.routedCase();
        JsonNode forMilestone = setup.acceptedCase();
        JsonNode forCorrection = setup.acceptedCase();
        String corrected = setup.recordMilestone(forCorrection, today);
        JsonNode forReferral = setup.acceptedCase();
        JsonNode forProgress = setup.acceptedCase();
        String referral = setup.create("triage-service", "/api/cases/" + id(forProgress) + "/referrals",
                lead(forProgress), "{\"kind\":\"GGZ\",\"askedOn\":\"" + today + "\"}");
        JsonNode forSupporter = setup.routedCase();
        JsonNode forRemoval = setup.routedCase();
        setup.addSupporter(forRemoval);
        JsonNode forAcknowledgement = setup.routedCase();
        setup.addSupporter(forAcknowledgement);
        JsonNode forHours = setup.acceptedCase();
        JsonNode forHourCorrection = setup.acceptedCase();
        String hours = "{\"caseId\":\"" + id(forHours) + "\",\"caseType\":\"" + forHours.get("caseType").asText()
                + "\",\"minutes\":60,\"date\":\"" + today + "\",\"activity\":\"INTAKE\"}";
        String entry = setup.create("capacity-service", "/api/time-entries", lead(forHourCorrection),
                hours.replace(id(forHours), id(forHourCorrection))
                        .replace(forHours.get("caseType").asText(), forHourCorrection.get("caseType").asText()));
        JsonNode erased = setup.routedCase();
        String outboxEvent = setup.deliveredEvent(toAccept.get("contactId").asText(), admin);
        String question = "{\"question\":\"Waar kan ik terecht?\",\"callerRole\":\"VICTIM\","
                + "\"incidentTypes\":[\"RAPE\"],"
                + "\"timeSinceIncident\":\"WITHIN_7_DAYS\",\"region\":\"VR13\",\"immediateDanger\":false}";
        String pickupCode = setup.ask(question.replace("terecht?", "terecht? " + RUN + "-pickup"))
                .get("pickupCode").asText();
        setup.ask(question.replace("terecht?", "terecht? " + RUN + "-answer"));
        String asked = setup.awaitQuestion(RUN + "-answer");
        String series = "{\"id\":\"" + FRESH_NAME + "\",\"organisation\":\"CSG\",\"granularity\":\"MONTH\","
                + "\"unit\":\"cases\","
                + "\"definition\":\"bad input\",\"source\":\"e2e\",\"synthetic\":true,\"label\":\"e2e\"}";
        String seriesId = RUN + "-series";
        setup.create("forecast-service", "/api/series", coordinator, series.replace(FRESH_NAME, seriesId));
        String event = "{\"name\":\"campaign\",\"from\":\"2027-01-01\",\"to\":\"2027-02-28\","
                + "\"organisations\":[\"CSG\"],"
                + "\"kind\":\"CAMPAIGN\"}";
        String eventId = setup.create("forecast-service", "/api/events", coordinator, event);
        JsonNode export = setup.read("directory-service", "/api/directory/export", editor);
        directoryBefore = export.toString();
        String directoryService = setup.directoryService(export.get("services").get(0), today);
        String toUpdate = setup.create("directory-service", "/api/directory/services", editor,
                directoryService.replace(FRESH_NAME, RUN + "-update").replace(FRESH_ID, UUID.randomUUID().toString()));
        String toRetire = setup.create("directory-service", "/api/directory/services", editor,
                directoryService.replace(FRESH_NAME, RUN + "-retire").replace(FRESH_ID, UUID.randomUUID().toString()));
        ObjectNode atLocation = export.get("service_at_locations").get(0).deepCopy();
        atLocation.remove(List.of("location", "metadata"));
        atLocation.set("provenance", setup.provenance(today));

        String triage = "triage-service";
        int activePlan = setup.read(triage, "/api/milestone-plans/active", admin).get("version").asInt();
        int activeRules = setup.read(triage, "/api/rule-sets/active", admin).get("version").asInt();
        List<Endpoint> list = new ArrayList<>(List.of(
                Endpoint.of("intake-service", "POST", "/api/contacts", casemanager, identified)
                        .headers(Map.of("Idempotency-Key", "bad-input")).inputs(INPUTS_PER_ENDPOINT)
                        .counting(new Count("intake-service", "/api/contacts?size=1", casemanager, "/total")),
                Endpoint.of(triage, "POST", "/api/triage/evaluate", casemanager, assessment)
                        .inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of(triage, "POST", "/api/cases", intake, "{\"contactId\":\"" + FRESH_ID + "\",\"reference\":\""
                        + FRESH_NAME + "\",\"registeredBy\":\"CSG\",\"assessment\":" + assessment + "}")
                        .inputs(INPUTS_PER_ENDPOINT)
                        // This run's references only: intake's outbox delivers cases meanwhile.
                        .counting(new Count(triage, "/api/cases?size=1&reference=" + RUN, coordinator, "/total", RUN)),
                Endpoint.of(triage, "POST", "/api/rule-sets", admin, """
                        {"description":"test","rules":[{"id":"r1","kind":"LEAD",
                         "when":{"anyOf":[{"incidentTypes":["RAPE"]}]},
                         "effect":{"organisation":"CSG","caseType":"CSG_ACUTE","priority":"ACUTE",
                                   "respondWithin":"PT1H"},
                         "text":"t"}]}""")
                        .inputs(INPUTS_PER_ENDPOINT).counting(new Count(triage, "/api/rule-sets", admin, "")),
                Endpoint.of(triage, "POST", "/api/cases/" + id(toDecline) + "/decline", lead(toDecline),
                        "{\"reason\":\"not ours\"}").inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of(triage, "POST", "/api/cases/" + id(toClose) + "/close", lead(toClose),
                        "{\"outcome\":\"REFERRED\"}").inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of(triage, "POST", "/api/cases/" + id(toReassign) + "/reassign", coordinator,
                        "{\"leadOrganisation\":\"" + other(toReassign) + "\",\"reason\":\"better fit\"}")
                        .inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of("capacity-service", "PUT", "/api/norms/CSG/CSG_ACUTE", admin,
                        "{\"lowHours\":11,\"expectedHours\":12,\"highHours\":13,\"source\":\"letter\","
                                + "\"validFrom\":\"" + nextYear + "\"}")
                        .inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of("capacity-service", "PUT", "/api/staffing/CSG?region=VR13", admin,
                        "{\"fte\":12.5,\"contractHoursPerFtePerWeek\":36,\"productiveShare\":0.7}")
                        .inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of("capacity-service", "POST", "/api/time-entries", lead(forHours), hours)
                        .inputs(INPUTS_PER_ENDPOINT).counting(new Count("capacity-service",
                                "/api/time-entries?caseId=" + id(forHours), lead(forHours), "/entries")),
                Endpoint.of("capacity-service", "POST", "/api/requirements", service,
                        "{\"lines\":[{\"organisation\":\"CSG\",\"caseType\":\"CSG_ACUTE\",\"month\":\"2027-01\","
                                + "\"cases\":120.5}]}")
                        .inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of("capacity-service", "POST", "/api/lines/staffing", coordinator,
                        "{\"arrivalsPerHour\":[20],\"averageHandlingTimeSeconds\":300,\"serviceLevel\":{\"share\":0.8,\"withinSeconds\":60},"
                                + "\"maxOccupancy\":0.85,\"shrinkage\":0.3,\"concurrency\":1}")
                        .inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of("forecast-service", "POST", "/api/series/" + seriesId + "/observations", coordinator,
                        "{\"observations\":[{\"period\":\"2024-01\",\"count\":5}]}").inputs(INPUTS_PER_ENDPOINT),
                Endpoint.of("forecast-service", "POST", "/api/events", coordinator, event).inputs(INPUTS_PER_ENDPOINT)
                        .counting(new Count("forecast-service", "/api/events", coordinator, "")),
                Endpoint.of("forecast-service", "POST", "/api/scenarios", coordinator,
                        "{\"name\":\"s\",\"description\":\"d\",\"effects\":[{\"organisations\":[\"CSG\"],"
                                + "\"type\":\"STEP\",\"from\":\"2027-01\",\"percent\":10}]}")
                        .inputs(INPUTS_PER_ENDPOINT)
                        .counting(new Count("forecast-service", "/api/scenarios", coordinator, "")),

                // triage
                Endpoint.bodiless(triage, "/api/cases/" + id(toAccept) + "/accept", lead(toAccept)),
                Endpoint.of(triage, "POST", "/api/cases/" + id(forMilestone) + "/milestones/"
                        + setup.openMilestone(forMilestone), lead(forMilestone), "{\"doneOn\":\"" + today + "\"}"),
                Endpoint.of(triage, "POST",
                        "/api/cases/" + id(forCorrection) + "/milestones/" + corrected + "/correction",
                        lead(forCorrection), "{\"doneOn\":\"" + today + "\",\"reason\":\"typed the wrong day\"}"),
                Endpoint.of(triage, "POST", "/api/cases/" + id(forSupporter) + "/supporters", coordinator,
                        "{\"organisation\":\"" + other(forSupporter) + "\",\"reason\":\"needs them\"}"),
                Endpoint.of(triage, "POST",
                        "/api/cases/" + id(forRemoval) + "/supporters/" + other(forRemoval) + "/remove", coordinator,
                        "{\"reason\":\"no longer needed\"}"),
                Endpoint.bodiless(triage, "/api/cases/" + id(forAcknowledgement) + "/supporters/acknowledge",
                        Tokens.casemanager(other(forAcknowledgement))),
                Endpoint.of(triage, "POST", "/api/cases/" + id(forReferral) + "/referrals", lead(forReferral),
                        "{\"kind\":\"GGZ\",\"askedOn\":\"" + today + "\"}")
                        .counting(new Count(triage, "/api/cases/" + id(forReferral) + "/referrals", lead(forReferral),
                                "")),
                Endpoint.of(triage, "POST", "/api/cases/" + id(forProgress) + "/referrals/" + referral + "/progress",
                        lead(forProgress), "{\"step\":\"ACCEPTED\",\"on\":\"" + today + "\"}"),
                Endpoint.of(triage, "POST", "/api/cases/erasures", intake,
                        "{\"contactId\":\"" + erased.get("contactId").asText() + "\",\"scope\":\"SUMMARY\"}"),
                Endpoint.of(triage, "POST", "/api/milestone-plans", admin, setup.activeMilestonePlan(admin))
                        .counting(new Count(triage, "/api/milestone-plans", admin, "")),
                Endpoint.bodiless(triage, "/api/milestone-plans/" + activePlan + "/activate", admin),
                // The active version: activating it again changes nothing the later tests rely on.
                Endpoint.bodiless(triage, "/api/rule-sets/" + activeRules + "/activate", admin),
                // One day's cases only: a replay re-decides every case in its period.
                Endpoint.bodiless(triage, "/api/rule-sets/" + activeRules + "/replay?from=2026-01-01&to=2026-01-01",
                        admin),

                // capacity
                Endpoint.of("capacity-service", "POST", "/api/time-entries/" + entry + "/corrections",
                        lead(forHourCorrection), "{\"minutes\":30,\"date\":\"" + today + "\",\"activity\":\"INTAKE\"}"),
                Endpoint.of("capacity-service", "PUT", "/api/costs/CSG", admin,
                        "{\"eurosPerFtePerYear\":85000,\"source\":\"letter\",\"assumption\":true,"
                                + "\"validFrom\":\"" + nextYear + "\"}"),
                // The versions registered above, corrected in place and then withdrawn, as they have not started.
                Endpoint.of("capacity-service", "PUT", "/api/costs/CSG/versions/" + nextYear, admin,
                        "{\"eurosPerFtePerYear\":86000,\"source\":\"letter\",\"assumption\":true,"
                                + "\"reason\":\"typed wrongly\"}"),
                Endpoint.of("capacity-service", "PUT", "/api/norms/CSG/CSG_ACUTE/versions/" + nextYear, admin,
                        "{\"lowHours\":11,\"expectedHours\":12,\"highHours\":14,\"source\":\"letter\","
                                + "\"reason\":\"typed wrongly\"}"),
                new Endpoint("capacity-service", "DELETE", "/api/costs/CSG/versions/" + nextYear, admin, Map.of(),
                        "application/json", "{}", INPUTS_WITHOUT_BODY, null),
                new Endpoint("capacity-service", "DELETE", "/api/norms/CSG/CSG_ACUTE/versions/" + nextYear, admin,
                        Map.of(), "application/json", "{}", INPUTS_WITHOUT_BODY, null),

                // intake
                Endpoint.of("intake-service", "POST", "/api/contacts/search", casemanager,
                        "{\"status\":\"ROUTED\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}"),
                Endpoint.of("intake-service", "POST", "/api/erasures", admin,
                        "{\"reference\":\"" + erased.get("reference").asText() + "\"}"),
                Endpoint.bodiless("intake-service", "/api/encryption/re-encrypt?batch=10", admin),
                Endpoint.bodiless("intake-service", "/api/outbox/" + outboxEvent + "/retry", admin),
                // Each accepted one is a real question in CSG's queue, which later tests read.
                Endpoint.of("intake-service", "POST", "/api/questions", frontDoor, question)
                        .headers(Map.of("Idempotency-Key", RUN)).inputs(100),
                // Every pickup takes at least 0.4 s, found or not.
                Endpoint.of("intake-service", "POST", "/api/questions/pickup", frontDoor,
                        "{\"code\":\"" + pickupCode + "\"}").inputs(40),
                Endpoint.of("intake-service", "PUT", "/api/questions/" + asked + "/answer", casemanager,
                        "{\"answer\":\"Bel ons gerust.\"}"),

                // forecast
                Endpoint.of("forecast-service", "POST", "/api/series", coordinator, series)
                        .counting(new Count("forecast-service", "/api/series", coordinator, "")),
                Endpoint.of("forecast-service", "POST", "/api/series/" + seriesId + "/observations", coordinator,
                        "period,count\n2024-01,5\n2024-02,6").csv(),
                Endpoint.of("forecast-service", "POST", "/api/series/import", coordinator,
                        "series,period,count\n" + seriesId + ",2024-01,5\n" + seriesId + ",2024-02,6").csv(),
                new Endpoint("forecast-service", "DELETE", "/api/events/" + eventId, coordinator, Map.of(),
                        "application/json", "{}", INPUTS_WITHOUT_BODY, null),
                Endpoint.bodiless("forecast-service", "/api/alerts/check", coordinator),

                // directory: its import replaces everything, and after the test the directory is put back
                Endpoint.of("directory-service", "POST", "/api/directory/services", editor, directoryService)
                        .counting(new Count("directory-service", "/api/directory/export", editor, "/services")),
                Endpoint.of("directory-service", "PUT", "/api/directory/services/" + toUpdate, editor,
                        directoryService.replace(FRESH_NAME, RUN + "-update")),
                Endpoint.of("directory-service", "POST", "/api/directory/services/" + toRetire + "/retire", editor,
                        "{\"status\":\"inactive\"}"),
                Endpoint.of("directory-service", "PUT", "/api/directory/service_at_locations/"
                        + atLocation.get("id").asText(), editor, atLocation.toString()),
                // The whole directory in each body, each accepted one replacing it: a few show the checks hold.
                Endpoint.of("directory-service", "PUT", "/api/directory/import", editor, directoryBefore).inputs(40)));
        // Common's sign-out, in every service: a token of its own, since the first input ends it.
        for (String app : Suite.SERVICES) {
            list.add(Endpoint.bodiless(app, "/api/session/sign-out", Tokens.as("coordinator").subject(RUN).sign()));
        }
        return list.stream().map(Arguments::of);
    }

    /** The directory as it was before the test, for the tests that come after. */
    @AfterAll
    static void putTheDirectoryBack() throws IOException {
        if (directoryBefore != null) {
            Client.Reply reply = Client.send(HttpRequest.newBuilder(URI.create(
                    Suite.get().url("directory-service") + "/api/directory/import"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(directoryBefore)), Tokens.as("editor").sign(), Map.of());
            assertEquals(200, reply.status(), reply.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void badInputNeverCausesAServerError(Endpoint endpoint) throws IOException {
        BadInput generator = BadInput.CSV.equals(endpoint.mediaType())
                ? BadInput.csv(endpoint.seed(), endpoint.template())
                : new BadInput(endpoint.seed(), endpoint.template());
        List<String> failures = new ArrayList<>();
        int unsupportedMediaType = 0;
        int created = 0;
        int before = count(endpoint.created());
        for (int i = 0; i < endpoint.inputs() && failures.size() < 10; i++) {
            BadInput.Input input = generator.next();
            String body = input.body().replace(FRESH_ID, UUID.randomUUID().toString())
                    .replace(FRESH_NAME, RUN + "-" + i);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.url(endpoint.service()) + endpoint.path()))
                    .header("Content-Type", input.contentType())
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
            // A fresh idempotency key per input, so every input is judged on its own.
            String suffix = "-" + i;
            Map<String, String> headers = new java.util.HashMap<>(endpoint.headers());
            headers.replaceAll((k, v) -> v + suffix);
            Client.Reply reply = Client.send(request, endpoint.token(), headers);
            if (reply.status() == 415) {
                unsupportedMediaType++;
            }
            if (reply.status() == 201 && (endpoint.created() == null || endpoint.created().carried() == null
                    || body.contains(endpoint.created().carried()))) {
                created++;
            }
            if (reply.status() >= 500) {
                failures.add(input.kind() + " → " + reply.status() + " " + abbreviate(reply.body()));
            } else if (reply.status() >= 400 && !reply.problem()) {
                failures.add(input.kind() + " → " + reply.status() + " not problem+json: " + reply.contentType());
            } else if (LEAK.matcher(reply.body()).find()) {
                failures.add(input.kind() + " → leaks internals: " + abbreviate(reply.body()));
            }
        }
        assertTrue(failures.isEmpty(), endpoint + ": " + failures);
        // Only the inputs sent as another media type may be turned away unread; the rest must reach the endpoint.
        assertTrue(unsupportedMediaType < endpoint.inputs() / 4,
                endpoint + ": " + unsupportedMediaType + " inputs answered 415, so the body was never read");
        if (endpoint.created() != null) {
            assertEquals(before + created, count(endpoint.created()),
                    endpoint + ": one new object per 201, none for a refused input");
        }
    }

    private int count(Count count) throws IOException {
        if (count == null) {
            return 0;
        }
        Client.Reply reply = Client.get(suite.url(count.service()) + count.path(), count.token());
        assertEquals(200, reply.status(), reply.body());
        JsonNode node = reply.json().at(count.pointer());
        return node.isArray() ? node.size() : node.asInt();
    }

    private static String id(JsonNode routing) {
        return routing.get("caseId").asText();
    }

    private static String lead(JsonNode routing) {
        return Tokens.casemanager(routing.get("leadOrganisation").asText());
    }

    /** An organisation that does not lead the case, to support it or take it over. */
    private static String other(JsonNode routing) {
        return "CSG".equals(routing.get("leadOrganisation").asText()) ? "SHN" : "CSG";
    }

    /** Makes, through the API, the objects the endpoints act on; every step must succeed. */
    private static final class Setup {

        private final Suite suite;
        private final String assessment;

        Setup(Suite suite, String assessment) {
            this.suite = suite;
            this.assessment = assessment;
        }

        /** A new contact's routing once triage made its case (with caseId, leadOrganisation, caseType, contactId). */
        JsonNode routedCase() throws IOException {
            String csg = Tokens.casemanager(Organisation.CSG);
            String contact = create("intake-service", "/api/contacts", csg, assessment);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                JsonNode read = read("intake-service", "/api/contacts/" + contact, csg);
                if ("ROUTED".equals(read.get("status").asText())) {
                    ObjectNode routing = read.get("routing").deepCopy();
                    routing.put("contactId", contact);
                    routing.put("reference", read.get("reference").asText());
                    assertFalse(routing.path("leadOrganisation").isNull(), "the contact has a lead: " + routing);
                    return routing;
                }
                Suite.sleep(250);
            }
            throw new AssertionError("contact " + contact + " was not routed within 3 minutes");
        }

        JsonNode acceptedCase() throws IOException {
            JsonNode routing = routedCase();
            post("triage-service", "/api/cases/" + id(routing) + "/accept", lead(routing), "", 200);
            return routing;
        }

        /** Records an open milestone of the lead's and names it. */
        String recordMilestone(JsonNode routing, String today) throws IOException {
            String code = openMilestone(routing);
            post("triage-service", "/api/cases/" + id(routing) + "/milestones/" + code, lead(routing),
                    "{\"doneOn\":\"" + today + "\"}", 200);
            return code;
        }

        String openMilestone(JsonNode routing) throws IOException {
            JsonNode view = read("triage-service", "/api/cases/" + id(routing), lead(routing));
            for (JsonNode m : view.get("milestones")) {
                if (List.of("OPEN", "AT_RISK", "OVERDUE").contains(m.get("state").asText())
                        && routing.get("leadOrganisation").asText().equals(m.path("organisation").asText())) {
                    return m.get("code").asText();
                }
            }
            throw new AssertionError("no open milestone of the lead: " + view.get("milestones"));
        }

        void addSupporter(JsonNode routing) throws IOException {
            post("triage-service", "/api/cases/" + id(routing) + "/supporters", Tokens.coordinator(),
                    "{\"organisation\":\"" + other(routing) + "\",\"reason\":\"needs them\"}", 200);
        }

        String deliveredEvent(String contactId, String admin) throws IOException {
            JsonNode events = read("intake-service", "/api/outbox?status=DELIVERED&contactId=" + contactId, admin);
            assertTrue(events.size() > 0, "the contact's event was delivered");
            return events.get(0).get("id").asText();
        }

        JsonNode ask(String question) throws IOException {
            Client.Reply reply = Client.postJson(suite.url("intake-service") + "/api/questions", Tokens.frontDoor(),
                    question, Map.of());
            assertEquals(201, reply.status(), reply.body());
            return reply.json();
        }

        /** The id of the question holding the marker, once routed to CSG. */
        String awaitQuestion(String marker) throws IOException {
            String token = Tokens.casemanager(Organisation.CSG);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (System.nanoTime() < deadline) {
                for (JsonNode item : read("intake-service", "/api/questions?size=20", token).get("items")) {
                    String id = item.get("contactId").asText();
                    JsonNode one = read("intake-service", "/api/questions/" + id, token);
                    if (one.path("question").asText("").contains(marker)) {
                        return id;
                    }
                }
                Suite.sleep(500);
            }
            throw new AssertionError("no question with " + marker + " reached CSG within a minute");
        }

        String activeMilestonePlan(String admin) throws IOException {
            return read("triage-service", "/api/milestone-plans/active", admin).get("plan").toString();
        }

        /** A service to create from the first of the directory: a name of this run, checked today. */
        String directoryService(JsonNode first, String today) {
            ObjectNode service = first.deepCopy();
            service.remove(List.of("id", "last_modified", "organization", "service_at_locations", "metadata"));
            service.put("name", FRESH_NAME);
            service.put("status", "active");
            // Someone must be able to find it: a service without a centre needs an area.
            ObjectNode area = service.putArray("service_areas").addObject();
            area.put("id", FRESH_ID);
            area.put("extent", "VR13");
            area.put("extent_type", "safety_region");
            service.set("provenance", provenance(today));
            return service.toString();
        }

        ObjectNode provenance(String today) {
            ObjectNode provenance = Client.JSON.createObjectNode();
            provenance.put("source", "https://example.org/e2e-bad-input");
            provenance.put("verified", true);
            provenance.put("verified_on", today);
            return provenance;
        }

        /** POSTs a valid body, expects 201 and gives the id of what was made. */
        String create(String service, String path, String token, String body) throws IOException {
            return post(service, path, token, body, 201).get("id").asText();
        }

        JsonNode post(String service, String path, String token, String body, int expected) throws IOException {
            Client.Reply reply = Client.post(suite.url(service) + path, token, "application/json", body,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertEquals(expected, reply.status(), path + ": " + reply.body());
            return reply.json();
        }

        JsonNode read(String service, String path, String token) throws IOException {
            Client.Reply reply = Client.get(suite.url(service) + path, token);
            assertEquals(200, reply.status(), path + ": " + reply.body());
            return reply.json();
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
