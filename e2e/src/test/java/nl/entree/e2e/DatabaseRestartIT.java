package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Issue 7.2: PostgreSQL stops immediately while contacts are registered; no acknowledged contact is lost. */
class DatabaseRestartIT {

    private final Suite suite = Suite.get();

    @Test
    void everyAcknowledgedContactSurvivesAnImmediateDatabaseStop() throws Exception {
        List<Contacts.Registered> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> wrongAnswers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger(100_000);
        AtomicBoolean running = new AtomicBoolean(true);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    Contacts.Registered r = Contacts.register(suite, sequence.getAndIncrement(), reply -> {
                        if (reply != null && reply.status() >= 500) {
                            if (reply.status() == 503 && reply.problem()) {
                                unavailable.incrementAndGet();
                            } else {
                                wrongAnswers.add(reply.status() + " " + reply.contentType() + " " + reply.body());
                            }
                        }
                    });
                    if (r != null) {
                        acknowledged.add(r);
                    }
                }
            }));
        }
        int before;
        try {
            awaitAcknowledged(acknowledged, 20, workers);
            suite.restartPostgresImmediately(Duration.ofSeconds(3));
            before = acknowledged.size();
            // However long this machine takes to reconnect: the pools must find the database again by themselves.
            awaitAcknowledged(acknowledged, before + 20, workers);
        } finally {
            running.set(false);
            pool.shutdown();
        }
        assertTrue(pool.awaitTermination(3, TimeUnit.MINUTES));
        for (Future<?> worker : workers) {
            awaitWorker(worker);
        }

        assertTrue(wrongAnswers.isEmpty(), "the only 5xx allowed is 503 problem+json: " + wrongAnswers);
        assertTrue(unavailable.get() > 0, "the outage was noticed (503 answers)");
        assertTrue(acknowledged.size() > before, "registration resumed after the restart");
        for (Contacts.Registered r : acknowledged) {
            assertEquals(r.id().toString(), readWithRetry(r), "acknowledged contact " + r.n() + " is present");
        }
    }

    /** A worker that died (a refused contact, an unexpected exception) fails the test with its cause. */
    private static void awaitWorker(Future<?> worker) throws InterruptedException {
        try {
            worker.get();
        } catch (ExecutionException e) {
            throw new AssertionError("a registering client stopped: " + e.getCause(), e.getCause());
        }
    }

    /** Waits for the count; a worker that stops meanwhile ends the wait at once with its cause. */
    private static void awaitAcknowledged(List<Contacts.Registered> acknowledged, int wanted,
            List<Future<?>> workers) throws InterruptedException {
        for (int attempt = 0; attempt < 240 && acknowledged.size() < wanted; attempt++) {
            for (Future<?> worker : workers) {
                if (worker.isDone()) {
                    awaitWorker(worker);
                    throw new AssertionError("a registering client stopped while the test still ran");
                }
            }
            Suite.sleep(500);
        }
    }

    private String readWithRetry(Contacts.Registered r) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Contacts.read(suite, r).get("id").asText();
            } catch (AssertionError e) {
                if (attempt > 20) {
                    throw e;
                }
                Suite.sleep(500);
            }
        }
    }
}
