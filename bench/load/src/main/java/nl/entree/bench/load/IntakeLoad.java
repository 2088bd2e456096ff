package nl.entree.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.entree.support.token.Tokens;

/**
 * Drives intake {@code POST /api/contacts} at a steady rate (an open model: requests start on schedule whether or
 * not earlier ones finished, so a slow server shows up as latency rather than as a lower rate), then measures how
 * long each contact took from registration to ROUTED.
 *
 * <p>Usage: {@code IntakeLoad [intakeUrl] [requestsPerSecond] [seconds]}; needs a running suite ({@code bin/entree up}).
 */
public final class IntakeLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CHANNELS = {"CHAT", "PHONE", "EMAIL", "WALK_IN", "POLICE_REFERRAL", "PROFESSIONAL_REFERRAL", "SELF_CHECK"};
    private static final String[] TYPES = {"RAPE", "SEXUAL_ASSAULT", "SEXUAL_ABUSE", "SEXUAL_HARASSMENT", "SEXTORTION",
            "IMAGE_BASED_ABUSE", "ONLINE_GROOMING", "DOMESTIC_VIOLENCE", "CHILD_ABUSE", "EXPLOITATION", "OTHER"};
    private static final String[] SETTINGS = {"HOME", "SPORT", "ONLINE", "WORK", "EDUCATION", "PUBLIC", "CARE", "OTHER", "UNKNOWN"};

    private IntakeLoad() {
    }

    public static void main(String[] args) throws Exception {
        String intake = args.length > 0 ? args[0] : "http://localhost:8081";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String token = Tokens.as("casemanager").org("CSG").subject("load-benchmark").lifetime(Duration.ofHours(1)).sign();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).build();

        int total = rate * seconds;
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>(total));
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<String> ids = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger sent = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long startedAt = System.nanoTime();

        ticker.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(intake + "/api/contacts"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
            long t0 = System.nanoTime();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latenciesMicros.add((System.nanoTime() - t0) / 1000);
                String key = error != null ? error.getClass().getSimpleName() : String.valueOf(response.statusCode());
                statuses.merge(key, 1, Integer::sum);
                if (response != null && response.statusCode() == 201) {
                    ids.add(id(response.body()));
                }
            }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);

        while (sent.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - startedAt) / 1e9;

        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "requests %d in %.1f s: %.1f/s; statuses %s%n", sorted.size(), elapsed,
                sorted.size() / elapsed, statuses);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);

        List<Long> routingMillis = routingDelays(http, intake, token, ids);
        Collections.sort(routingMillis);
        System.out.printf(Locale.ROOT, "registration → ROUTED (%d contacts) ms: p50 %d  p95 %d  p99 %d  max %d%n",
                routingMillis.size(), at(routingMillis, 50), at(routingMillis, 95), at(routingMillis, 99),
                routingMillis.isEmpty() ? 0 : routingMillis.get(routingMillis.size() - 1));
        System.exit(0);
    }

    /** Waits until every contact is ROUTED, then takes routedAt − createdAt as intake recorded them. */
    private static List<Long> routingDelays(HttpClient http, String intake, String token, List<String> ids) throws Exception {
        List<Long> delays = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(300);
        List<String> pending = new ArrayList<>(ids);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            List<String> still = new ArrayList<>();
            for (String id : pending) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(intake + "/api/contacts/" + id))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode contact = JSON.readTree(r.body());
                JsonNode routing = contact.get("routing");
                if ("ROUTED".equals(contact.path("status").asText()) && routing != null && routing.hasNonNull("routedAt")) {
                    delays.add(Duration.between(Instant.parse(contact.get("createdAt").asText()),
                            Instant.parse(routing.get("routedAt").asText())).toMillis());
                } else {
                    still.add(id);
                }
            }
            pending = still;
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        return delays;
    }

    private static String body(int n) {
        return "{\"receivedAt\":\"" + Instant.now().minusSeconds(60) + "\",\"channel\":\"" + CHANNELS[n % CHANNELS.length]
                + "\",\"callerRole\":\"VICTIM\",\"anonymous\":true,\"incidentTypes\":[\"" + TYPES[n % TYPES.length]
                + "\"],\"setting\":\"" + SETTINGS[n % SETTINGS.length] + "\",\"timeSinceIncident\":\""
                + (n % 2 == 0 ? "WITHIN_7_DAYS" : "MORE_THAN_7_DAYS")
                + "\",\"victimAgeGroup\":\"ADULT\",\"region\":\"VR13\",\"needs\":[\"PSYCHOLOGICAL\"],"
                + "\"immediateDanger\":false,\"consentToShare\":true}";
    }

    private static String id(String body) {
        try {
            return JSON.readTree(body).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double pct(List<Long> sortedMicros, int p) {
        return at(sortedMicros, p) / 1000.0;
    }

    private static long at(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
