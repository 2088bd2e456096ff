package nl.entree.intake.outbox;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the relay on a schedule and right after each commit that wrote an event, one run at a time per
 * instance. Wake-ups that arrive during a run are folded into one more run, so a burst of registrations
 * costs a few rounds, not one thread each.
 */
@ApplicationScoped
class RelayTrigger {

    private static final Logger LOG = Logger.getLogger(RelayTrigger.class);

    private final OutboxRelay relay;
    /**
     * Nothing of the waking thread is carried over: a wake-up comes after a commit, and the relay's transactions must
     * not see that thread's (finished) transaction or request.
     */
    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1).maxQueued(-1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    public RelayTrigger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(every = "${entree.outbox.every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        wake();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    public void wake() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::run);
            } catch (RejectedExecutionException e) {
                running.set(false);
            }
        }
    }

    private void run() {
        try {
            while (requested.getAndSet(false) && !Thread.currentThread().isInterrupted()) {
                relay.drain();
            }
        } catch (RuntimeException e) {
            // The next schedule tries again; the events are safe in the table.
            LOG.warnf("Outbox relay round failed: %s", e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
        if (requested.get()) {
            wake();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
