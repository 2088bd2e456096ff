package nl.entree.triage.caseloads;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.disclosure.Disclosure;

/**
 * Freezes a month for ministries as soon as it is completed, not at a ministry's first read or forecast's pull.
 * Which cases count does not depend on when: those taken in before the month was completed, the line intake draws
 * too ({@link PublishedMonths}), so the two services' totals cannot differ by a count below 10.
 */
@ApplicationScoped
class CompletedMonthFreeze {

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
        published.publish(last, last);
    }
}
