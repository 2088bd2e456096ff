package nl.entree.triage.cases;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Sends offers not accepted by their respondBy to the coordinators' queue, without anyone having to look. */
@ApplicationScoped
class OfferEscalation {

    private static final Logger LOG = Logger.getLogger(OfferEscalation.class);
    private static final int BATCH = 200;

    private final CaseService cases;

    OfferEscalation(CaseService cases) {
        this.cases = cases;
    }

    @Scheduled(identity = "offer-escalation", every = "${entree.triage.escalation.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void escalateLateOffers() {
        int escalated = 0;
        int batch;
        do {
            batch = cases.escalateLateOffers(BATCH);
            escalated += batch;
        } while (batch == BATCH);
        if (escalated > 0) {
            LOG.infof("Escalated %d offers not accepted in time to the coordinators", escalated);
        }
    }
}
