package nl.entree.intake.outbox;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import nl.entree.common.contract.CaseReceipt;
import nl.entree.common.contract.ContactErasure;
import nl.entree.common.contract.NewCase;
import nl.entree.common.json.JsonbFormat;

/**
 * Delivers outbox events at least once, in order per contact. Claims are leased with "for update skip
 * locked", so several instances share the work and one that dies mid-delivery only delays its events by the
 * lease. The HTTP call runs outside any transaction. A refusal of the event itself (400, 409, 422) parks it
 * for an admin; every other failure (down, 5xx, timeout, 401/403/404 from a misconfiguration) is retried
 * with capped exponential backoff, for ever.
 */
@ApplicationScoped
class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ROUNDS = 50;

    private final OutboxStore store;
    private final TriageClient triage;
    private final OutboxConfig config;
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter parkedEvents;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final ManagedExecutor deliverers;

    public OutboxRelay(OutboxStore store, @RestClient TriageClient triage, OutboxConfig config,
            MeterRegistry registry) {
        this.store = store;
        this.triage = triage;
        this.config = config;
        this.delivered = registry.counter("entree.outbox.delivered");
        this.failedAttempts = registry.counter("entree.outbox.failed.attempts");
        this.parkedEvents = registry.counter("entree.outbox.parked.events");
        registry.gauge("entree.outbox.pending", pending);
        registry.gauge("entree.outbox.parked", parked);
        // A pool of its own, so that at most this many calls to triage are in flight, whatever the batch size.
        this.deliverers = ManagedExecutor.builder().maxAsync(config.concurrency()).maxQueued(-1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        deliverers.shutdownNow();
    }

    /** Delivers what is due until nothing is left or a round makes no progress. */
    @ActivateRequestContext
    public void drain() {
        for (int round = 0; round < MAX_ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
            List<OutboxStore.Claimed> claimed = store.claim(config.batchSize(), config.lease());
            boolean progress = deliverConcurrently(claimed);
            if (!progress || claimed.size() < config.batchSize()) {
                break;
            }
        }
        Map<OutboxEvent.Status, Long> counts = store.countsByStatus();
        pending.set(counts.get(OutboxEvent.Status.PENDING));
        parked.set(counts.get(OutboxEvent.Status.PARKED));
    }

    /**
     * Waiting on triage one event at a time caps throughput at one round trip per contact; contacts are
     * independent, so their deliveries overlap. Within a contact the order of the claim (by sequence) is kept,
     * and a failure stops that contact's later events until the next round.
     */
    private boolean deliverConcurrently(List<OutboxStore.Claimed> claimed) {
        Map<UUID, List<OutboxStore.Claimed>> byContact = new LinkedHashMap<>();
        for (OutboxStore.Claimed event : claimed) {
            byContact.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event);
        }
        AtomicBoolean progress = new AtomicBoolean();
        List<CompletableFuture<Void>> deliveries = new ArrayList<>();
        for (List<OutboxStore.Claimed> events : byContact.values()) {
            deliveries.add(CompletableFuture.runAsync(() -> {
                for (OutboxStore.Claimed event : events) {
                    if (!deliver(event)) {
                        return;
                    }
                    progress.set(true);
                }
            }, deliverers));
        }
        try {
            // Bounded and interruptible, unlike join(): a delivery that never ran (its pool shut down at stop) would
            // otherwise hold this thread, and with it the shutdown, for ever. An unfinished delivery's lease runs out
            // and a later round, or the next start, delivers it.
            CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                    .get(config.lease().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warnf("Outbox deliveries unfinished after the %s lease; they are retried when it runs out",
                    config.lease());
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
        return progress.get();
    }

    private boolean deliver(OutboxStore.Claimed event) {
        Class<?> payloadType = switch (event.eventType()) {
            case Outbox.CONTACT_REGISTERED -> NewCase.class;
            case Outbox.CONTACT_ERASED -> ContactErasure.class;
            default -> null;
        };
        if (payloadType == null) {
            park(event, "unknown event type");
            return false;
        }
        Object payload;
        try {
            payload = JsonbFormat.read(event.payload(), payloadType);
        } catch (JsonProcessingException e) {
            park(event, "payload unreadable");
            return false;
        }
        CaseReceipt receipt = null;
        try {
            if (payload instanceof NewCase newCase) {
                receipt = triage.submit(newCase);
            } else {
                triage.forget((ContactErasure) payload);
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409 || status == 422) {
                park(event, "HTTP " + status);
            } else {
                retryLater(event, "HTTP " + status);
            }
            return false;
        } catch (RuntimeException e) {
            retryLater(event, describe(e));
            return false;
        }
        if (payload instanceof NewCase && (receipt == null || receipt.decision() == null
                || !event.aggregateId().equals(receipt.contactId()))) {
            retryLater(event, "receipt incomplete");
            return false;
        }
        if (store.delivered(event, receipt)) {
            delivered.increment();
        }
        return true;
    }

    private void retryLater(OutboxStore.Claimed event, String reason) {
        int attempts = event.attempts() + 1;
        store.retryLater(event, backoff(attempts), reason);
        failedAttempts.increment();
        LOG.debugf("Outbox event %s attempt %d failed (%s); retrying later", event.id(), attempts, reason);
    }

    private void park(OutboxStore.Claimed event, String reason) {
        if (store.park(event, reason)) {
            parkedEvents.increment();
            LOG.warnf("Outbox event %s parked: triage refused it (%s). See GET /api/outbox", event.id(), reason);
        }
    }

    /** Exponential with a cap, and some jitter so that instances restarted together do not retry in step. */
    Duration backoff(int attempts) {
        long initial = config.initialBackoff().toMillis();
        long cap = config.maxBackoff().toMillis();
        long exponential = attempts > 30 ? cap : Math.min(cap, initial << Math.max(0, attempts - 1));
        long jittered = (long) (exponential * (0.8 + 0.2 * ThreadLocalRandom.current().nextDouble()));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return "timeout";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "unreachable (" + e.getClass().getSimpleName() + ")";
    }
}
