package nl.entree.forecast.publications;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** The yearly publication's records. Null is unknown or, for a ministry, suppressed. */
public final class PublicationApi {

    private PublicationApi() {
    }

    @Schema(name = "Publication", description = "One year's figures per organisation and per safety region. For a "
            + "ministry every figure is a sum of monthly counts it may see itself, so the publication reveals "
            + "nothing the monthly figures do not.")
    public record Publication(
            int year,
            List<OrganisationYear> organisations,
            @Schema(description = "triage's cases no organisation row holds; null when triage was pulled for no "
                    + "month of the year") NotAttributed notAttributed,
            @Schema(description = "the organisations and notAttributed together; null unless all of them are shown")
            Totals national,
            List<RegionYear> regions,
            @Schema(description = "AVAILABLE, or UNAVAILABLE when capacity-service did not answer: hours, FTE and "
                    + "euros are null then") String capacity,
            List<String> notes) {
    }

    @Schema(name = "PublicationOrganisation")
    public record OrganisationYear(
            Organisation organisation,
            Double contacts,
            Double previousYear,
            @Schema(description = "contacts / previousYear - 1; previousYear and growth are null unless every series "
                    + "behind the row counted all 12 months of the year before") Double growth,
            @Schema(description = "the share of contacts that were acute; known only where the series tell acute "
                    + "from non-acute") Double acuteShare,
            Double hoursExpected,
            Double fteNeeded,
            Double euros,
            Double eurosPerContact,
            Boolean costAssumption,
            @Schema(description = "true when, for a ministry, the contacts are fewer than 10 or rest on a suppressed "
                    + "month") boolean suppressed,
            @Schema(description = "true when a series behind the row is synthetic (demo data)") boolean synthetic,
            @Schema(description = "false when a series behind the row lacks a count of one of the year's 12 months: "
                    + "that month is forecast, or left out before the series' first count") boolean complete,
            @Schema(description = "the series behind the row: per caseType the one with the most months counted in "
                    + "the year, ties as projections choose (notes name any series left out)") List<String> series,
            @Schema(description = "the published totals of this organisation for the year, with their definitions")
            List<PublishedFigure> published) {
    }

    @Schema(name = "PublishedFigure", description = "A figure the organisation published itself")
    public record PublishedFigure(String series, String period, long count, String definition, String source,
            @Schema(description = "Entree's contacts less this figure; null when either is unknown") Double difference) {
    }

    @Schema(name = "PublicationNotAttributed", description = "Cases in triage's national total that no "
            + "organisation row holds: those no rule gave a lead, and those of a triage series of an organisation "
            + "without a row. With them the organisation rows add up to the national total, as the region rows do "
            + "with the cases that named no region.")
    public record NotAttributed(Long contacts,
            @Schema(description = "null unless all 12 months of the year before were counted") Long previousYear,
            @Schema(description = "months of the year triage was pulled for") int monthsCounted,
            boolean suppressed,
            @Schema(description = "the organisation series it holds besides the cases without a lead")
            List<String> series) {
    }

    @Schema(name = "PublicationTotals")
    public record Totals(Double contacts, Double previousYear, Double growth) {
    }

    @Schema(name = "PublicationRegion", description = "Cases triage routed in the region, every organisation "
            + "together")
    public record RegionYear(Region region, Long contacts,
            @Schema(description = "null unless all 12 months of the year before were counted") Long previousYear,
            Double growth,
            @Schema(description = "months of the year with a count") int monthsCounted, boolean suppressed) {
    }
}
