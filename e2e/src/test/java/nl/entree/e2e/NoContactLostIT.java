package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.support.token.Tokens;

/**
 * Issue 7.1: 1,000 contacts, triage stopped (SIGTERM) for part of the run, then 200 more with triage killed
 * (SIGKILL) while they are registered and delivered; every contact ends with exactly one case.
 */
class NoContactLostIT {

    private static final int CONTACTS = 1000;
    /** Contacts registered around the kill: enough that the relay is delivering when triage dies. */
    private static final int KILLED_BATCH = 200;
    private final Suite suite = Suite.get();

    @Test
    void noContactIsLostOrDuplicatedWhileTriageIsStoppedOrKilled() throws Exception {
        List<Contacts.Registered> registered = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            registerBatch(pool, 0, 300, registered);
            suite.stop("triage-service");
            registerBatch(pool, 300, 700, registered);
            Future<?> restart = pool.submit(() -> suite.start("triage-service"));
            registerBatch(pool, 700, CONTACTS, registered);
            restart.get(3, TimeUnit.MINUTES);
            // No shutdown this time: a case may be committed while intake never hears so, and must not be made twice.
            List<Future<Contacts.Registered>> batch = submitBatch(pool, CONTACTS, CONTACTS + KILLED_BATCH);
            batch.get(KILLED_BATCH / 4).get(3, TimeUnit.MINUTES);
            suite.kill("triage-service");
            suite.start("triage-service");
            collect(batch, registered);
        } finally {
            pool.shutdown();
        }
        assertEquals(CONTACTS + KILLED_BATCH, registered.size(), "every contact was acknowledged");

        Map<UUID, JsonNode> routed = awaitAllRouted(registered);
        Map<UUID, Integer> casesPerContact = casesPerContact(new HashSet<>(routed.keySet()));
        for (Contacts.Registered r : registered) {
            assertEquals(1, casesPerContact.getOrDefault(r.id(), 0), "exactly one case for contact " + r.id());
            JsonNode routing = routed.get(r.id()).get("routing");
            JsonNode expected = evaluate(r.assessment());
            assertEquals(text(expected.get("leadOrganisation")), text(routing.get("leadOrganisation")), "lead of " + r.n());
            assertEquals(text(expected.get("caseType")), text(routing.get("caseType")), "caseType of " + r.n());
            assertEquals(text(expected.get("priority")), text(routing.get("priority")), "priority of " + r.n());
        }
        // A ministry's month is drawn at what triage took in before the month was completed, in both services: the
        // moment intake records is triage's, from its receipt, also for a contact delivered after triage came back.
        JsonNode routing = routed.get(registered.get(CONTACTS - 1).id()).get("routing");
        Client.Reply triageCase = Client.get(suite.url("triage-service") + "/api/cases/"
                + routing.get("caseId").asText(), Tokens.coordinator());
        assertEquals(200, triageCase.status(), triageCase.body());
        List<Instant> history = new ArrayList<>();
        triageCase.json().get("history").forEach(entry -> history.add(Instant.parse(entry.get("at").asText())));
        Instant created = Collections.min(history);
        assertEquals(created, Instant.parse(routing.get("routedAt").asText()), "intake's routedAt is triage's moment");
    }

    private void registerBatch(ExecutorService pool, int from, int to, List<Contacts.Registered> into) throws Exception {
        collect(submitBatch(pool, from, to), into);
    }

    private List<Future<Contacts.Registered>> submitBatch(ExecutorService pool, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(n -> pool.submit(() -> Contacts.register(suite, n, reply -> { })))
                .toList();
    }

    private static void collect(List<Future<Contacts.Registered>> futures, List<Contacts.Registered> into)
            throws Exception {
        for (Future<Contacts.Registered> f : futures) {
            Contacts.Registered r = f.get(3, TimeUnit.MINUTES);
            assertNotNull(r, "a contact was never acknowledged");
            into.add(r);
        }
    }

    private Map<UUID, JsonNode> awaitAllRouted(List<Contacts.Registered> registered) throws IOException {
        Map<UUID, JsonNode> routed = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (routed.size() < registered.size() && System.nanoTime() < deadline) {
            for (Contacts.Registered r : registered) {
                if (!routed.containsKey(r.id())) {
                    JsonNode contact = Contacts.read(suite, r);
                    if ("ROUTED".equals(contact.get("status").asText())) {
                        routed.put(r.id(), contact);
                    }
                }
            }
            if (routed.size() < registered.size()) {
                Suite.sleep(1000);
            }
        }
        assertEquals(registered.size(), routed.size(), "every contact is ROUTED");
        return routed;
    }

    /**
     * Counts triage's cases per contact, asking for the cases of fifty contacts at a time. Paging through every case
     * once counted a case twice: a case added while the pages are read (newest first) shifts them by one.
     */
    private Map<UUID, Integer> casesPerContact(Set<UUID> contacts) throws IOException {
        Map<UUID, Integer> counts = new HashMap<>();
        String coordinator = Tokens.coordinator();
        List<UUID> all = new ArrayList<>(contacts);
        for (int from = 0; from < all.size(); from += 50) {
            StringBuilder url = new StringBuilder(suite.url("triage-service") + "/api/cases?size=200");
            for (UUID id : all.subList(from, Math.min(all.size(), from + 50))) {
                url.append("&contact=").append(id);
            }
            Client.Reply reply = Client.get(url.toString(), coordinator);
            assertEquals(200, reply.status(), reply.body());
            for (JsonNode c : reply.json().get("items")) {
                counts.merge(UUID.fromString(c.get("contactId").asText()), 1, Integer::sum);
            }
        }
        assertTrue(counts.size() > 0, "triage lists the cases");
        return counts;
    }

    private JsonNode evaluate(Map<String, Object> assessment) throws IOException {
        Map<String, Object> withoutContact = new HashMap<>(assessment);
        withoutContact.remove("contact");
        Client.Reply reply = Client.postJson(suite.url("triage-service") + "/api/triage/evaluate",
                Tokens.coordinator(), withoutContact, Map.of());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
