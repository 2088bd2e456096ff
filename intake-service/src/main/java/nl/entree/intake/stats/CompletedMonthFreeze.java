package nl.entree.intake.stats;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.disclosure.Disclosure;

/**
 * Freezes a month for ministries as soon as it is completed, not at a ministry's first read days later, so that the
 * contacts of the month are settled while their details are fresh. Which contacts count does not depend on when:
 * those triage took in before the month was completed, as in triage's own freeze ({@link PublishedMonths}).
 */
@ApplicationScoped
class CompletedMonthFreeze {

    private static final Logger LOG = Logger.getLogger(CompletedMonthFreeze.class);

    private final PublishedMonths published;
    private final Clock clock;

    CompletedMonthFreeze(PublishedMonths published, Clock clock) {
        this.published = published;
        this.clock = clock;
    }

    /** Hourly: the first run after a month is completed freezes it; later runs find it frozen and do nothing. */
    @Scheduled(identity = "freeze-completed-month", cron = "${entree.published-months.freeze-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void freezeTheMonthJustCompleted() {
        YearMonth last = Disclosure.lastCompletedMonth(clock);
        if (published.settled(last)) {
            published.publish(last, last);
        } else {
            LOG.infof("%s waits to be frozen for ministries: contacts of it are still on their way to triage", last);
        }
    }
}
