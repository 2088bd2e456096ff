package nl.entree.intake.questions;

import java.time.Clock;
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
import nl.entree.intake.retention.ContactErasing;
import nl.entree.intake.retention.RunByHand;

/**
 * Erases a question and its answer 30 days after the answer, or 60 days after the question when nobody answered it
 * ({@link QuestionsConfig}). Its contact keeps only the assessment, like any contact after its retention term, and
 * triage is told the same through the outbox.
 */
@ApplicationScoped
class QuestionRetention {

    private static final String SYSTEM = "retention";
    private static final int BATCH = 500;

    private final WebQuestionRepository questions;
    private final ContactErasing erasing;
    private final AuditTrail audit;
    private final QuestionsConfig config;
    private final Clock clock;

    QuestionRetention(WebQuestionRepository questions, ContactErasing erasing, AuditTrail audit, QuestionsConfig config,
            Clock clock) {
        this.questions = questions;
        this.erasing = erasing;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${entree.retention.cron}", timeZone = DutchTime.ZONE_ID,
            skipExecutionIf = RunByHand.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        Instant now = Instant.now(clock);
        int erased;
        do {
            erased = eraseDue(now);
        } while (erased == BATCH);
    }

    /** Erases one batch of the questions due at {@code now}; returns how many. */
    @Transactional
    int eraseDue(Instant now) {
        erasing.takeRetentionTurn();
        List<UUID> ids = questions.dueForErasure(now.minus(config.keepAnswered()),
                now.minus(config.keepUnanswered()), BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        erasing.erase(ids, ContactErasure.Scope.SUMMARY, now);
        for (UUID id : ids) {
            audit.recordBySystem(SYSTEM, AuditTerms.ERASE_QUESTION, AuditTerms.WEB_QUESTION, id, AuditResult.OK);
        }
        return ids.size();
    }
}
