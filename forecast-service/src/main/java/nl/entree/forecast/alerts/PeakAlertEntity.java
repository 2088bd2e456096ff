package nl.entree.forecast.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** A series' month that ran above its forecast; see V5__regions_and_peak_alerts.sql. */
@Entity
@Table(name = "peak_alert")
class PeakAlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The first day of the month. */
    LocalDate month;

    @Column(name = "series_id")
    String seriesId;

    @Enumerated(EnumType.STRING)
    Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    CaseType caseType;

    @Enumerated(EnumType.STRING)
    Region region;

    /** The count so far this month, at the last check. */
    long observed;

    /** The forecast's mean for the month, times {@code monthFraction}. */
    double expected;

    /** The 95% upper bound for the month so far: {@code PeakWatch.boundSoFar}. */
    @Column(name = "upper_bound")
    double upperBound;

    @Column(name = "month_fraction")
    double monthFraction;

    String model;

    /** The names of the calendar's events that cover the month so far, the shortest first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> events = new ArrayList<>();

    /** Still above the bound at the last check. */
    boolean active;

    @Column(name = "first_raised_at")
    Instant firstRaisedAt;

    @Column(name = "checked_at")
    Instant checkedAt;

    /** When the next month's check first judged the series on at least 10 cases: carried over no longer. */
    @Column(name = "overtaken_at")
    Instant overtakenAt;
}
