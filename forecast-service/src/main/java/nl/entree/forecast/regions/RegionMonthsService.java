package nl.entree.forecast.regions;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.security.Caller;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.PublishedCounts;
import nl.entree.forecast.series.SeriesHistory;
import nl.entree.forecast.series.SeriesService;
import nl.entree.forecast.triage.CasesWithoutLead;
import nl.entree.forecast.triage.TriageCounts;

/**
 * The 25 region series in one answer, for the monitoring screen: the same counts its forecasts are made from, so
 * that the map and the forecast beside it never tell two stories. A month without a count is 0 only when triage
 * was pulled for it ({@link CasesWithoutLead#monthsPulled}) and it is not before any triage series' first count
 * (Entree's start), as in the forecast that adds up; any other month is unknown: count null, not suppressed. A pull
 * reaches 24 months back, before Entree may have been in use: read as zeros, those months made every region's
 * growth in Entree's second year hundreds of percent.
 */
@ApplicationScoped
class RegionMonthsService {

    private static final int MAX_MONTHS = 120;

    private final SeriesService series;
    private final CasesWithoutLead withoutLead;
    private final Caller caller;
    private final AuditTrail audit;

    public RegionMonthsService(SeriesService series, CasesWithoutLead withoutLead, Caller caller, AuditTrail audit) {
        this.series = series;
        this.withoutLead = withoutLead;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public RegionMonths months(YearMonth from, YearMonth to, PublishedCounts.Hidden hidden) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ProblemException.badRequest("to", "the period may span at most " + MAX_MONTHS + " months");
        }
        Region own = caller.regionWithin(null);
        Set<YearMonth> pulled = hidden.pulled(withoutLead.monthsPulled());
        YearMonth start = hidden.start(series.firstCounts());
        List<RegionMonths.RegionSeries> regions = new ArrayList<>();
        for (Region region : Region.values()) {
            if (own != null && region != own) {
                continue;
            }
            String id = TriageCounts.seriesId(region);
            Optional<SeriesHistory> history = series.history(id, hidden);
            List<RegionMonths.Month> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                Period period = Period.of(m);
                if (hidden.hides(id, period)) {
                    months.add(new RegionMonths.Month(m.toString(), null, true));
                    continue;
                }
                Long count = hidden.unpublished(period) ? null : history.map(h -> count(h, period)).orElse(null);
                boolean counting = start != null && !m.isBefore(start);
                months.add(new RegionMonths.Month(m.toString(),
                        count == null && counting && pulled.contains(m) ? Long.valueOf(0) : count, false));
            }
            regions.add(new RegionMonths.RegionSeries(region, months));
        }
        audit.record("REGION_MONTHS_READ", "region-months", own, AuditResult.OK);
        return new RegionMonths(from.toString(), to.toString(), regions);
    }

    /**
     * The stored count, or null. triage lists no region for a month without cases, so a month it answered for
     * without one is a zero; but a month it was never asked for (the pull is behind, or triage was down at the
     * month's turn) has no cells either, and read as 0 it would show a drop that did not happen.
     */
    private static Long count(SeriesHistory h, Period period) {
        if (h.isEmpty()) {
            return null;
        }
        int i = period.ordinal() - h.first().ordinal();
        return i < 0 || i >= h.values().length || Double.isNaN(h.values()[i]) ? null : (long) h.values()[i];
    }
}
