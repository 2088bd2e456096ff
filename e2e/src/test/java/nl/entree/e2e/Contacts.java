package nl.entree.e2e;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.support.token.Tokens;

/** Generates first contacts across every channel and incident type, and registers them as a casemanager would. */
final class Contacts {

    static final Organisation[] ORGS = Organisation.values();
    private static final Map<Organisation, String> TOKENS = new java.util.EnumMap<>(Organisation.class);

    static {
        for (Organisation org : ORGS) {
            TOKENS.put(org, Tokens.as("casemanager").org(org).subject("e2e-" + org).lifetime(java.time.Duration.ofHours(3)).sign());
        }
    }

    private Contacts() {
    }

    static String casemanager(Organisation org) {
        return TOKENS.get(org);
    }

    /** One registered contact: who registered it, what was sent, and the id the service gave it. */
    record Registered(int n, Organisation org, Map<String, Object> assessment, UUID id) {
    }

    /** The channels a professional registers on; a WEB_QUESTION comes only from the public front door. */
    private static final List<Channel> CHANNELS = Arrays.stream(Channel.values())
            .filter(c -> c != Channel.WEB_QUESTION).toList();

    /** The n-th generated contact; n cycles through a professional's channels and all incident types. */
    static Map<String, Object> assessment(int n) {
        Random random = new Random(n * 7919L);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("receivedAt", Instant.now().minus(random.nextInt(600), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        a.put("channel", CHANNELS.get(n % CHANNELS.size()).name());
        a.put("callerRole", CallerRole.values()[random.nextInt(CallerRole.values().length)].name());
        List<String> types = new ArrayList<>();
        types.add(IncidentType.values()[n % IncidentType.values().length].name());
        if (random.nextInt(4) == 0) {
            String second = IncidentType.values()[random.nextInt(IncidentType.values().length)].name();
            if (!types.contains(second)) {
                types.add(second);
            }
        }
        a.put("incidentTypes", types);
        a.put("setting", Setting.values()[random.nextInt(Setting.values().length)].name());
        if (random.nextInt(3) == 0) {
            a.put("incidentDate", java.time.LocalDate.now(DutchTime.ZONE).minusDays(1 + random.nextInt(20)).toString());
        } else {
            a.put("timeSinceIncident", TimeSinceIncident.values()[random.nextInt(3)].name());
        }
        a.put("victimAgeGroup", VictimAgeGroup.values()[random.nextInt(VictimAgeGroup.values().length)].name());
        a.put("region", Region.values()[random.nextInt(Region.values().length)].name());
        List<String> needs = new ArrayList<>();
        for (Need need : Need.values()) {
            if (random.nextInt(5) == 0) {
                needs.add(need.name());
            }
        }
        a.put("needs", needs);
        a.put("immediateDanger", random.nextInt(20) == 0);
        a.put("consentToShare", random.nextBoolean());
        boolean anonymous = random.nextInt(5) < 3;
        a.put("anonymous", anonymous);
        if (!anonymous) {
            a.put("contact", Map.of("name", "Test Person " + n, "phone", "+31 6 " + (10000000 + n), "email", "p" + n + "@example.org"));
        }
        return a;
    }

    /**
     * Registers contact n with a fresh idempotency key, retrying with the same key on 503 or a lost connection, as
     * docs/reliability.md tells clients to. Returns null only if it never got a 2xx within the deadline.
     */
    static Registered register(Suite suite, int n, java.util.function.Consumer<Client.Reply> onReply) {
        Organisation org = ORGS[n % ORGS.length];
        Map<String, Object> assessment = assessment(n);
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                Client.Reply reply = Client.postJson(suite.url("intake-service") + "/api/contacts", casemanager(org),
                        assessment, Map.of("Idempotency-Key", key));
                onReply.accept(reply);
                if (reply.status() == 201 || reply.status() == 200) {
                    return new Registered(n, org, assessment, UUID.fromString(reply.json().get("id").asText()));
                }
                if (reply.status() != 503) {
                    throw new AssertionError("Contact " + n + " refused: " + reply.status() + " " + reply.body());
                }
            } catch (IOException e) {
                onReply.accept(null);
            }
            Suite.sleep(500);
        }
        return null;
    }

    static JsonNode read(Suite suite, Registered r) throws IOException {
        Client.Reply reply = Client.get(suite.url("intake-service") + "/api/contacts/" + r.id(), casemanager(r.org()));
        if (reply.status() != 200) {
            throw new AssertionError("Contact " + r.id() + " answered " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }
}
