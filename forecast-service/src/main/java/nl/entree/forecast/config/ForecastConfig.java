package nl.entree.forecast.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "entree.forecast")
public interface ForecastConfig {

    /** Folder holding demo-monthly-contacts.csv and published-totals.csv; unset means no demo data. */
    Optional<String> demoDataDir();

    TriagePull triagePull();

    PeakWatch peakWatch();

    /** Robust z-score above which a month counts as an anomaly. */
    @WithDefault("3.5")
    double anomalyThreshold();

    /** The furthest a forecast or projection may reach, in periods. */
    @WithDefault("120")
    int maxHorizon();

    interface PeakWatch {
        /** A Quarkus scheduler interval such as {@code 1h}, or {@code off}. */
        @WithDefault("1h")
        String every();
    }

    interface TriagePull {
        /** A Quarkus scheduler interval such as {@code 1h}, or {@code off}. */
        @WithDefault("1h")
        String every();

        /** How many complete months back each pull asks for, so that late corrections are picked up. */
        @WithDefault("24")
        int lookbackMonths();
    }
}
