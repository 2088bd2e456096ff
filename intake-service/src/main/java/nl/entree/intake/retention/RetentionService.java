package nl.entree.intake.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.contract.ContactErasure;
import nl.entree.common.time.DutchTime;
import nl.entree.intake.audit.AuditTerms;
import nl.entree.intake.contacts.ContactRepository;
import nl.entree.intake.idempotency.IdempotencyKeys;

/**
 * Erases what identifies a person once it is no longer needed: the contact details, the free-text summary and the
 * client code of contacts received longer ago than {@code entree.retention.contact-details}, in intake and, through
 * the outbox, in triage. The assessment (channel, types, acuteness, region, routing) stays for statistics.
 */
@ApplicationScoped
class RetentionService {

    private static final String SYSTEM = "retention";
    private static final int BATCH = 500;

    private final ContactRepository contacts;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final RetentionConfig config;
    private final Clock clock;
    private final ContactErasing erasing;

    public RetentionService(ContactRepository contacts, IdempotencyKeys keys, AuditTrail audit,
            RetentionConfig config, Clock clock, ContactErasing erasing) {
        this.contacts = contacts;
        this.keys = keys;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.erasing = erasing;
    }

    @Scheduled(cron = "${entree.retention.cron}", timeZone = DutchTime.ZONE_ID,
            skipExecutionIf = RunByHand.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        Instant now = Instant.now(clock);
        int erased;
        do {
            erased = eraseContactDetails(config.contactDetails(), now);
        } while (erased == BATCH);
        deleteIdempotencyKeys(config.idempotencyKeys(), now);
    }

    /** Erases one batch of contacts received more than {@code keep} before {@code now}; returns how many. */
    @Transactional
    public int eraseContactDetails(Duration keep, Instant now) {
        erasing.takeRetentionTurn();
        Instant cutoff = now.minus(keep);
        List<UUID> ids = contacts.withDetailsReceivedBefore(cutoff, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        erasing.erase(ids, ContactErasure.Scope.SUMMARY, now);
        for (UUID id : ids) {
            audit.recordBySystem(SYSTEM, AuditTerms.ERASE_DETAILS, AuditTerms.CONTACT, id, AuditResult.OK);
        }
        return ids.size();
    }

    @Transactional
    public int deleteIdempotencyKeys(Duration keep, Instant now) {
        return keys.deleteCreatedBefore(now.minus(keep));
    }
}
