package nl.entree.forecast.alerts;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** The API's records for peak alerts. */
public final class AlertApi {

    private AlertApi() {
    }

    @Schema(name = "PeakAlert", description = "A series whose count so far this month ran above the 95% upper "
            + "bound for the days of the month gone (see PeakAlerts.rule). organisation (with caseType) or region says "
            + "whose count it is; a region's count is every organisation's together, and an organisation's with "
            + "caseType null is all its caseTypes' together.")
    public record PeakAlert(
            @Schema(description = "the alert's month: the month before PeakAlerts.month for an alert carried over "
                    + "into a new month's first week (see PeakAlerts.rule)") String month,
            String seriesId,
            Organisation organisation,
            CaseType caseType,
            Region region,
            @Schema(description = "cases so far this month, at the last check") long observed,
            @Schema(description = "the forecast's mean for the month, pro-rated") double expectedSoFar,
            @Schema(description = "the 95% upper bound for the days gone: the forecast's uncertainty scaled by the "
                    + "share of the month, the count's Poisson noise by its square root") double upperBoundSoFar,
            @Schema(description = "observed less upperBoundSoFar, when raised") double excess,
            @Schema(description = "observed / expectedSoFar; null when nothing was expected") Double timesExpected,
            @Schema(description = "days of the month gone, today included, over the days of the month")
            double monthFraction,
            @Schema(description = "the model whose forecast set the bound") String model,
            @Schema(description = "calendar events that cover the month so far, the shortest first") List<String> events,
            @Schema(description = "still above the bound at the last check") boolean active,
            Instant firstRaisedAt,
            Instant checkedAt) {
    }

    @Schema(name = "PeakAlerts")
    public record PeakAlerts(String month, String rule, List<PeakAlert> alerts) {
    }

    @Schema(name = "PeakCheck", description = "What one check did")
    public record PeakCheck(String month, double monthFraction, int seriesChecked, int raised, List<String> notes) {
    }
}
