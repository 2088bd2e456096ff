package nl.entree.forecast.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.time.DutchTime;
import nl.entree.forecast.alerts.AlertApi.PeakAlert;
import nl.entree.forecast.alerts.AlertApi.PeakAlerts;
import nl.entree.forecast.series.PublishedCounts;

/** Keeps the alerts of each month and lists them. */
@ApplicationScoped
class PeakAlertService {

    static final String RULE = "An alert is raised when the cases so far this month are at least 10 and above the "
            + "95% upper bound for the share f of the month gone (today counted as a whole day): mean·f + "
            + "1.96·√(f²·rate variance + f·mean) + 0.96, where the rate variance is what the forecast's 95% band "
            + "for the month holds beyond its Poisson noise, so that a calm month crosses it on about 2.5% of checks "
            + "whatever the day. The forecast is model=auto on the complete months before, with the calendar's one-off "
            + "events left out of fitting. An organisation with more than one caseType is checked as a total too "
            + "(caseType null, listed after its caseTypes' alerts), forecast from the sum of their series. events "
            + "names the calendar's one-off events that cover the month so far, and a law only in its first three "
            + "months. Checked every hour; an alert whose count falls back under its "
            + "bound stays listed with active false. In the first 7 days of a month, the previous month's alerts "
            + "active at its end are listed with the month too (their own month on each), each until this month's "
            + "check has judged its series on at least 10 cases.";
    /** Days of a new month in which the previous month's active alerts are still listed. */
    static final int CARRY_DAYS = 7;
    private static final String AUDIT_OBJECT = "peak-alerts";
    private static final String SYSTEM = "peak-watch";

    private final PeakAlertRepository repository;
    private final AuditTrail audit;
    private final PublishedCounts published;
    private final TransactionLock locks;
    private final Clock clock;

    public PeakAlertService(PeakAlertRepository repository, AuditTrail audit, PublishedCounts published,
            Clock clock, TransactionLock locks) {
        this.repository = repository;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
        this.locks = locks;
    }

    /**
     * Raises or updates an alert for every series above its bound, and marks the month's earlier alerts of the
     * series checked that are no longer above it inactive. Returns the number above their bound.
     */
    @Transactional
    int record(YearMonth month, double fraction, List<PeakWatch.Measured> measured) {
        // Every pod runs the check, and a coordinator may ask for one: they take turns, and the second updates.
        locks.hold("peak-alerts:" + month);
        Instant now = Instant.now(clock);
        int raised = 0;
        for (PeakWatch.Measured m : measured) {
            var existing = repository.find(m.series().id, month.atDay(1));
            if (!m.above() && existing.isEmpty()) {
                continue;
            }
            PeakAlertEntity alert = existing.orElseGet(() -> {
                PeakAlertEntity a = new PeakAlertEntity();
                a.month = month.atDay(1);
                a.seriesId = m.series().id;
                a.organisation = m.series().organisation;
                a.caseType = m.series().caseType;
                a.region = m.series().region;
                a.firstRaisedAt = now;
                return a;
            });
            alert.observed = m.observed();
            alert.expected = m.expected();
            alert.upperBound = m.upperBound();
            alert.monthFraction = fraction;
            alert.model = m.model();
            alert.events = new ArrayList<>(m.events());
            alert.active = m.above();
            alert.checkedAt = now;
            if (existing.isEmpty()) {
                repository.persist(alert);
                audit.recordBySystem(SYSTEM, "PEAK_ALERT_RAISED", AUDIT_OBJECT, m.series().id, AuditResult.OK);
            }
            raised += m.above() ? 1 : 0;
        }
        repository.overtake(month.minusMonths(1).atDay(1), measured.stream()
                .filter(m -> m.observed() >= SmallCellSuppression.THRESHOLD).map(m -> m.series().id).toList(), now);
        return raised;
    }

    /**
     * The month's alerts of the series the caller may read. In the month in progress's first {@link #CARRY_DAYS}
     * days they include the previous month's alerts active at its end whose series this month's check has not yet
     * judged on at least 10 cases, after the month's own active ones: no alert can be raised below 10 cases, and
     * a peak running on would otherwise vanish from the board and the map at every month's turn. An alert shows
     * its series' count of the month so far, so it is withheld wherever the series is: a coordinator bound to a
     * region sees that region's alerts only, not another region's nor the organisations' national ones, whose counts
     * the series endpoints refuse them.
     */
    @Transactional
    public PeakAlerts list(YearMonth month) {
        PublishedCounts.Hidden hidden = published.hiddenFromCaller();
        List<PeakAlertEntity> own = repository.ofMonth(month.atDay(1));
        List<PeakAlertEntity> listed = new ArrayList<>(totalsAfterTheirParts(own.stream().filter(a -> a.active)
                .toList()));
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        if (YearMonth.from(today).equals(month) && today.getDayOfMonth() <= CARRY_DAYS) {
            Set<String> judged = own.stream().map(a -> a.seriesId).collect(Collectors.toSet());
            listed.addAll(totalsAfterTheirParts(repository.carriedOver(month.minusMonths(1).atDay(1)).stream()
                    .filter(a -> !judged.contains(a.seriesId)).toList()));
        }
        listed.addAll(totalsAfterTheirParts(own.stream().filter(a -> !a.active).toList()));
        List<PeakAlert> alerts = listed.stream()
                .filter(a -> !hidden.withholds(a.seriesId, a.region))
                .map(PeakAlertService::view).toList();
        audit.record("PEAK_ALERTS_READ", AUDIT_OBJECT, month.toString(), AuditResult.OK);
        return new PeakAlerts(month.toString(), RULE, alerts);
    }

    /**
     * {@code alerts} in their order, but with an organisation's total right after the last of its caseTypes' alerts
     * when that comes later: the total repeats their cases, and reads as their sum below them.
     */
    static List<PeakAlertEntity> totalsAfterTheirParts(List<PeakAlertEntity> alerts) {
        List<PeakAlertEntity> ordered = new ArrayList<>(alerts);
        for (PeakAlertEntity total : alerts) {
            if (total.organisation == null || total.caseType != null || total.region != null) {
                continue;
            }
            int lastPart = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).organisation == total.organisation && ordered.get(i).caseType != null) {
                    lastPart = i;
                }
            }
            if (lastPart > ordered.indexOf(total)) {
                // Without the total, the last part moves up one place: its old index is right after it.
                ordered.remove(total);
                ordered.add(lastPart, total);
            }
        }
        return ordered;
    }

    private static PeakAlert view(PeakAlertEntity a) {
        return new PeakAlert(YearMonth.from(a.month).toString(), a.seriesId, a.organisation, a.caseType, a.region,
                a.observed, round1(a.expected), round1(a.upperBound), round1(a.observed - a.upperBound),
                a.expected > 0 ? Math.round(a.observed / a.expected * 100) / 100.0 : null,
                Math.round(a.monthFraction * 1000) / 1000.0, a.model, List.copyOf(a.events), a.active,
                a.firstRaisedAt, a.checkedAt);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
