package nl.entree.forecast.publications;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.entree.common.csv.FormulaSafeCsv;
import nl.entree.forecast.publications.PublicationApi.OrganisationYear;
import nl.entree.forecast.publications.PublicationApi.Publication;
import nl.entree.forecast.publications.PublicationApi.PublishedFigure;
import nl.entree.forecast.publications.PublicationApi.RegionYear;

/**
 * The publication as one CSV table: a line per organisation, the cases not attributed to one, the national total, a
 * line per region and a line per figure an organisation published itself, told apart by {@code section}. An empty
 * cell is unknown or suppressed, exactly where the JSON has null.
 */
final class PublicationCsv {

    @JsonPropertyOrder({"year", "section", "organisation", "region", "contacts", "previous_year", "growth_percent",
            "acute_percent", "hours_expected", "fte_needed", "euros", "euros_per_contact", "suppressed", "synthetic",
            "complete", "published_series", "published_definition", "published_source"})
    record Line(
            @JsonProperty("year") int year,
            @JsonProperty("section") String section,
            @JsonProperty("organisation") String organisation,
            @JsonProperty("region") String region,
            @JsonProperty("contacts") BigDecimal contacts,
            @JsonProperty("previous_year") BigDecimal previousYear,
            @JsonProperty("growth_percent") BigDecimal growthPercent,
            @JsonProperty("acute_percent") BigDecimal acutePercent,
            @JsonProperty("hours_expected") BigDecimal hoursExpected,
            @JsonProperty("fte_needed") BigDecimal fteNeeded,
            @JsonProperty("euros") BigDecimal euros,
            @JsonProperty("euros_per_contact") BigDecimal eurosPerContact,
            @JsonProperty("suppressed") Boolean suppressed,
            @JsonProperty("synthetic") Boolean synthetic,
            @JsonProperty("complete") Boolean complete,
            @JsonProperty("published_series") String publishedSeries,
            @JsonProperty("published_definition") String publishedDefinition,
            @JsonProperty("published_source") String publishedSource) {
    }

    private PublicationCsv() {
    }

    static String render(Publication p) {
        List<Line> lines = new ArrayList<>();
        for (OrganisationYear o : p.organisations()) {
            lines.add(new Line(p.year(), "organisation", o.organisation().name(), null, number(o.contacts(), 0),
                    number(o.previousYear(), 0), percent(o.growth()), percent(o.acuteShare()),
                    number(o.hoursExpected(), 0), number(o.fteNeeded(), 2), number(o.euros(), 0),
                    number(o.eurosPerContact(), 2), o.suppressed(), o.synthetic(), o.complete(), null, null, null));
        }
        if (p.notAttributed() != null) {
            var rest = p.notAttributed();
            lines.add(new Line(p.year(), "not_attributed", null, null, count(rest.contacts()),
                    count(rest.previousYear()), null, null, null, null, null, null, rest.suppressed(), false,
                    rest.monthsCounted() == 12, null, null, null));
        }
        if (p.national() != null) {
            lines.add(new Line(p.year(), "national", null, null, number(p.national().contacts(), 0),
                    number(p.national().previousYear(), 0), percent(p.national().growth()), null, null, null, null,
                    null, false, null, null, null, null, null));
        }
        for (RegionYear r : p.regions()) {
            lines.add(new Line(p.year(), "region", null, r.region().name(), count(r.contacts()),
                    count(r.previousYear()), percent(r.growth()), null, null, null, null, null, r.suppressed(), false,
                    r.monthsCounted() == 12, null, null, null));
        }
        for (OrganisationYear o : p.organisations()) {
            for (PublishedFigure f : o.published()) {
                lines.add(new Line(p.year(), "published", o.organisation().name(), null, count(f.count()), null, null,
                        null, null, null, null, null, false, false, true, f.series(), f.definition(), f.source()));
            }
        }
        return FormulaSafeCsv.write(Line.class, lines);
    }

    private static BigDecimal number(Double value, int decimals) {
        return FormulaSafeCsv.decimal(value, decimals);
    }

    private static BigDecimal count(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static BigDecimal percent(Double share) {
        return share == null ? null : number(share * 100, 1);
    }
}
