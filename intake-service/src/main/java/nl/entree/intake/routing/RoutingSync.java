package nl.entree.intake.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import nl.entree.common.db.TransactionLock;
import nl.entree.intake.contacts.ContactRouting;

/**
 * Keeps intake's copy of each contact's lead and supporters in step with triage, which decides them. The contact
 * and question lists filter on that copy; without this a case declined by one organisation and reassigned to another
 * stayed in the first one's lists and out of the second one's, and a person's question waited for nobody, until
 * someone happened to open the contact. A pull after a stored cursor, as forecast pulls its figures: triage needs
 * no address of intake, and a triage that was down is caught up with at the next run.
 */
@ApplicationScoped
public class RoutingSync {

    private static final Logger LOG = Logger.getLogger(RoutingSync.class);
    static final String LOCK = "routing-sync";

    private final TriageRoutingClient triage;
    private final RoutingCursor cursor;
    private final ContactRouting routing;
    private final TransactionLock locks;
    private final RoutingSyncConfig config;

    RoutingSync(@RestClient TriageRoutingClient triage, RoutingCursor cursor, ContactRouting routing,
            TransactionLock locks, RoutingSyncConfig config) {
        this.triage = triage;
        this.cursor = cursor;
        this.routing = routing;
        this.locks = locks;
        this.config = config;
    }

    @Scheduled(identity = "routing-sync", every = "${entree.routing-sync.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run();
    }

    /** What one page did: the contacts it changed, and where the next page starts (empty after the last). */
    private record Pulled(int contactsChanged, Optional<RoutingCursor.Position> next) {
    }

    /**
     * Pulls every change triage has after the cursor, page by page; false when triage did not answer, and the cursor
     * then stays where the last page that was applied left it.
     */
    public boolean run() {
        Optional<RoutingCursor.Position> from = Optional.empty();
        boolean first = true;
        int changed = 0;
        while (true) {
            Pulled pulled;
            try {
                boolean again = first;
                Optional<RoutingCursor.Position> at = from;
                pulled = QuarkusTransaction.requiringNew().call(() -> page(again, at));
            } catch (RuntimeException e) {
                // The cause's type and status only: no id or organisation of a case goes to the log.
                LOG.warnf("triage-service did not give its routing changes (%s); tried again at the next run",
                        e instanceof WebApplicationException w ? "HTTP " + w.getResponse().getStatus()
                                : e.getClass().getSimpleName());
                return false;
            }
            changed += pulled.contactsChanged();
            if (pulled.next().isEmpty()) {
                if (changed > 0) {
                    LOG.infof("Routing of %d contacts brought in step with triage", changed);
                }
                return true;
            }
            from = pulled.next();
            first = false;
        }
    }

    /**
     * One page in one transaction. The lock is held across the call to triage, so that one pod at a time pulls: two
     * that asked at different moments could otherwise write an older lead over a newer one. The first page of a run
     * reads the overlap again ({@link RoutingSyncConfig#overlap()}).
     */
    private Pulled page(boolean first, Optional<RoutingCursor.Position> from) {
        locks.hold(LOCK);
        Optional<RoutingCursor.Position> stored = cursor.read();
        String after;
        UUID afterId;
        if (first) {
            after = stored.map(p -> p.after().minus(config.overlap()).toString()).orElse(null);
            afterId = null;
        } else {
            after = from.orElseThrow().after().toString();
            afterId = from.orElseThrow().afterId();
        }
        TriageRoutingClient.RoutingChanges answer = triage.after(after, afterId, config.pageSize());
        List<TriageRoutingClient.Change> changes = answer == null || answer.changes() == null ? List.of()
                : answer.changes();
        int changed = routing.rerouted(changes.stream().map(c -> new ContactRouting.Rerouting(c.caseId(),
                c.leadOrganisation(), c.supportingOrganisations(), c.priority(), c.respondBy())).toList());
        if (!changes.isEmpty()) {
            TriageRoutingClient.Change last = changes.get(changes.size() - 1);
            RoutingCursor.Position reached = new RoutingCursor.Position(last.routingChangedAt(), last.caseId());
            if (stored.isEmpty() || later(reached, stored.get())) {
                cursor.moveTo(reached);
            }
        }
        Optional<RoutingCursor.Position> next = answer == null || answer.next() == null ? Optional.empty()
                : Optional.of(new RoutingCursor.Position(answer.next().after(), answer.next().afterId()));
        return new Pulled(changed, next);
    }

    /** As triage orders them: by moment, then by case id compared as unsigned bytes, as PostgreSQL compares UUIDs. */
    private static boolean later(RoutingCursor.Position a, RoutingCursor.Position b) {
        int byTime = a.after().compareTo(b.after());
        if (byTime != 0) {
            return byTime > 0;
        }
        return a.afterId().toString().compareTo(b.afterId().toString()) > 0;
    }
}
