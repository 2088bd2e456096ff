package nl.entree.triage.referrals;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import nl.entree.common.db.TransactionLock;
import nl.entree.triage.referrals.ReferralViews.WaitingTime;

/**
 * The years of waiting times ministries have been shown, each frozen at its first showing: every region's rows
 * and the national ones, as suppressed for a ministry. A first showing holds an advisory lock on its year, so two
 * at once freeze one answer and both show it.
 */
@ApplicationScoped
class PublishedWaitingTimes implements PanacheRepositoryBase<PublishedWaitingYear, Integer> {

    private final Clock clock;
    private final TransactionLock locks;

    PublishedWaitingTimes(Clock clock, TransactionLock locks) {
        this.clock = clock;
        this.locks = locks;
    }

    /** The rows of {@code year} as first shown; when there are none yet, {@code measured} become them. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<WaitingTime> frozen(int year, Supplier<List<WaitingTime>> measured) {
        locks.hold("published-waiting-times:" + year);
        PublishedWaitingYear published = findById(year);
        if (published == null) {
            published = new PublishedWaitingYear();
            published.year = year;
            published.waits = new PublishedWaitingYear.Rows(measured.get());
            published.publishedAt = clock.instant();
            persist(published);
        }
        return published.waits.rows();
    }
}
