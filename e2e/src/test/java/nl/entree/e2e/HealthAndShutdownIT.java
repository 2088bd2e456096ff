package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import nl.entree.common.vocabulary.Organisation;

/**
 * Graceful shutdown and health: SIGTERM under load fails no in-flight request; a database outage is visible; health
 * and metrics are served apart from the API.
 */
class HealthAndShutdownIT {

    private final Suite suite = Suite.get();

    @Test
    void whenTheDatabaseIsDownReadinessGoesDownAndLivenessStaysUp() {
        suite.stopPostgres();
        try {
            for (String service : Suite.SERVICES) {
                assertEquals(503, awaitStatus(suite.managementUrl(service) + "/q/health/ready", 503), service + " readiness DOWN");
                assertEquals(200, suite.status(suite.managementUrl(service) + "/q/health/live"), service + " liveness UP");
            }
        } finally {
            suite.startPostgresAgain();
        }
        for (String service : Suite.SERVICES) {
            assertEquals(200, awaitStatus(suite.managementUrl(service) + "/q/health/ready", 200), service + " recovers by itself");
        }
    }

    /** What the ingress and the other services reach, the API port, tells nothing about the service's insides. */
    @Test
    void healthAndMetricsAnswerOnlyOnTheManagementPort() {
        for (String app : suite.apps()) {
            assertEquals(200, suite.status(suite.managementUrl(app) + "/q/metrics"), app + " metrics on its own port");
            assertEquals(404, suite.status(suite.url(app) + "/q/metrics"), app + " no metrics on the API port");
            assertEquals(404, suite.status(suite.url(app) + "/q/health/ready"), app + " no health on the API port");
        }
    }

    @Test
    void sigtermUnderLoadFailsNoInFlightRequest() throws Exception {
        String url = suite.url("intake-service") + "/api/contacts";
        String token = Contacts.casemanager(Organisation.SHN);
        List<String> failedInFlight = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger n = new AtomicInteger(300_000);
        AtomicLong sigtermAt = new AtomicLong(Long.MAX_VALUE);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    long startedAt = System.nanoTime();
                    try {
                        Client.Reply reply = Client.postJson(url, token, Contacts.assessment(n.getAndIncrement()),
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                        if (reply.status() == 201) {
                            completed.incrementAndGet();
                        } else if (startedAt < sigtermAt.get() || reply.status() != 503) {
                            failedInFlight.add(reply.status() + " " + reply.body());
                        }
                    } catch (IOException e) {
                        // After SIGTERM the port closes: a request that had not started is refused, which is fine.
                        if (startedAt < sigtermAt.get() && System.nanoTime() - startedAt > 50_000_000L) {
                            failedInFlight.add("connection lost mid-request: " + e);
                        }
                    }
                }
            });
        }
        awaitCompleted(completed, 11);
        int before = completed.get();
        sigtermAt.set(System.nanoTime());
        Process intake = suite.process("intake-service");
        intake.destroy();
        assertTrue(intake.waitFor(40, TimeUnit.SECONDS), "intake stopped after SIGTERM");
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        suite.stop("intake-service");
        suite.start("intake-service");

        assertTrue(before > 10, "there was load when SIGTERM arrived: " + before);
        assertTrue(failedInFlight.isEmpty(), "in-flight requests failed: " + failedInFlight);
    }

    /** Load first: SIGTERM while requests are being served, however fast this machine serves them. */
    private static void awaitCompleted(AtomicInteger completed, int wanted) {
        for (int attempt = 0; attempt < 120 && completed.get() < wanted; attempt++) {
            Suite.sleep(500);
        }
    }

    private int awaitStatus(String url, int wanted) {
        int status = -1;
        for (int attempt = 0; attempt < 120; attempt++) {
            status = suite.status(url);
            if (status == wanted) {
                return status;
            }
            Suite.sleep(500);
        }
        return status;
    }
}
