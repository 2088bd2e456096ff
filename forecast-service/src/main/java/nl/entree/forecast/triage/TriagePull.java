package nl.entree.forecast.triage;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.forecast.config.ForecastConfig;

/**
 * Pulls triage's monthly case counts, per organisation × caseType and per region, on a schedule. It asks for
 * completed months as triage publishes them to ministries (a month in progress would look like a drop, and a month
 * counted anew after a reassignment would differ by one case from what ministries were shown), and a window back, so
 * that months missed while triage was down are filled in. The last month asked for is the last a ministry may be
 * shown ({@link Disclosure#lastCompletedMonth}), a day after it ended: the first pull freezes it in triage, and the
 * cases still on their way from intake at midnight belong in it. A failed pull is logged and tried again at the next
 * run. The national and the regional counts are stored together or not at all: a month marked pulled without the
 * regions would show every region at 0 for it.
 */
@ApplicationScoped
public class TriagePull {

    private static final Logger LOG = Logger.getLogger(TriagePull.class);

    public record Outcome(YearMonth from, YearMonth to, boolean succeeded, int written) {
    }

    private final TriageClient triage;
    private final TriageCounts counts;
    private final ForecastConfig config;
    private final Clock clock;

    public TriagePull(@RestClient TriageClient triage, TriageCounts counts, ForecastConfig config, Clock clock) {
        this.triage = triage;
        this.counts = counts;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "triage-pull", every = "${entree.forecast.triage-pull.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pull();
    }

    public Outcome pull() {
        YearMonth to = Disclosure.lastCompletedMonth(clock);
        YearMonth from = to.minusMonths(Math.max(1, config.triagePull().lookbackMonths()) - 1L);
        return pull(from, to);
    }

    public Outcome pull(YearMonth from, YearMonth to) {
        MonthlyCaseCounts answer;
        RegionalCaseCounts regions;
        try {
            answer = triage.publishedMonthly(from.toString(), to.toString());
            regions = triage.publishedRegions(from.toString(), to.toString());
        } catch (RuntimeException e) {
            LOG.warnf("Pulling monthly counts %s..%s from triage failed (%s); the next run tries again", from, to,
                    e.getClass().getSimpleName());
            return new Outcome(from, to, false, 0);
        }
        if (answer == null || answer.cells() == null || regions == null || regions.cells() == null) {
            // The national answer marks its months pulled: stored without the regions, they would read as 0.
            LOG.warnf("triage answered %s..%s without its counts; nothing stored, the next run tries again", from,
                    to);
            return new Outcome(from, to, false, 0);
        }
        // Both answers first, then one transaction: the months are marked pulled only with every region's counts.
        int written = counts.store(answer, regions);
        LOG.infof("Pulled monthly counts %s..%s from triage: %d counts written", from, to, written);
        return new Outcome(from, to, true, written);
    }
}
