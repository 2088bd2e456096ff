package nl.entree.triage.referrals;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.triage.referrals.ReferralViews.WaitingTime;

/** A year of waiting times as a ministry was first shown it ({@link PublishedWaitingTimes}). */
@Entity
@Table(name = "published_waiting_times")
class PublishedWaitingYear {

    /** The rows of the year, every region's and the national ones, as suppressed for a ministry. */
    record Rows(List<WaitingTime> rows) {
    }

    @Id
    Integer year;

    @JdbcTypeCode(SqlTypes.JSON)
    Rows waits;

    @Column(name = "published_at")
    Instant publishedAt;
}
