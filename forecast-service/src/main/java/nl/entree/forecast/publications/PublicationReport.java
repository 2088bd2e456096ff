package nl.entree.forecast.publications;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.entree.common.i18n.ServiceSentences;

import nl.entree.forecast.publications.PublicationApi.OrganisationYear;
import nl.entree.forecast.publications.PublicationApi.Publication;
import nl.entree.forecast.publications.PublicationApi.PublishedFigure;
import nl.entree.forecast.publications.PublicationApi.RegionYear;
import nl.entree.forecast.publications.ReportNames.PublishedSeries;

/**
 * The publication as a printable HTML page in the reader's language: the tables, and a bar chart per section
 * with this year beside the last. Every number is formatted here, so the template only places text.
 */
final class PublicationReport {

    /** The report's words; organisations and regions go by their own names in either language (ReportNames). */
    enum Words {
        EN(Locale.UK, "en", "Entree yearly publication %d", "Contacts per organisation", "Cases per safety region",
                "Published by the organisations themselves", "Notes", "Organisation", "Region", "Contacts %d",
                "Contacts %d", "Growth", "Acute share", "Expected hours", "FTE needed", "Costs", "Costs per contact",
                "All organisations", "Figure", "Definition", "Source", "Entree less published", "unknown",
                "hidden: fewer than 10, or resting on a hidden month", "synthetic (demo data)",
                "partly forecast", "estimate", "%d of 12 months",
                "Empty cells are unknown. For ministries no figure below 10 is shown, and no figure is shown that "
                        + "rests on a hidden month.",
                "Bars: %d light, %d dark.", "capacity-service did not answer: hours, FTE and costs are unknown.",
                "Back to monitoring", "Not attributed: no lead organisation"),
        NL(Locale.forLanguageTag("nl-NL"), "nl", "Entree jaarpublicatie %d", "Contacten per organisatie",
                "Casussen per veiligheidsregio", "Door de organisaties zelf gepubliceerd", "Toelichting",
                "Organisatie", "Regio", "Contacten %d", "Contacten %d", "Groei", "Aandeel acuut", "Verwachte uren",
                "Benodigde fte", "Kosten", "Kosten per contact", "Alle organisaties", "Cijfer", "Definitie", "Bron",
                "Entree min gepubliceerd", "onbekend", "verborgen: minder dan 10, of rust op een verborgen maand",
                "synthetisch (demogegevens)", "deels prognose", "schatting", "%d van 12 maanden",
                "Lege cellen zijn onbekend. Voor ministeries staat er geen cijfer onder de 10, en geen cijfer dat "
                        + "op een verborgen maand rust.",
                "Staven: %d licht, %d donker.",
                "De capaciteitsdienst antwoordde niet: uren, fte en kosten zijn onbekend.",
                "Terug naar monitoring", "Niet toegewezen: geen leidende organisatie");

        final Locale numbers;
        final String lang;
        final String title;
        final String organisations;
        final String regions;
        final String published;
        final String notes;
        final String organisation;
        final String region;
        final String contactsNow;
        final String contactsBefore;
        final String growth;
        final String acute;
        final String hours;
        final String fte;
        final String euros;
        final String eurosPerContact;
        final String national;
        final String figure;
        final String definition;
        final String source;
        final String difference;
        final String unknown;
        final String hidden;
        final String synthetic;
        final String partlyForecast;
        final String estimate;
        final String monthsCounted;
        final String rule;
        final String legend;
        final String noCapacity;
        final String back;
        final String notAttributed;

        @SuppressWarnings("checkstyle:ParameterNumber")
        Words(Locale numbers, String lang, String title, String organisations, String regions, String published,
                String notes, String organisation, String region, String contactsNow, String contactsBefore,
                String growth, String acute, String hours, String fte, String euros, String eurosPerContact,
                String national, String figure, String definition, String source, String difference,
                String unknown, String hidden, String synthetic, String partlyForecast, String estimate,
                String monthsCounted, String rule, String legend, String noCapacity, String back,
                String notAttributed) {
            this.numbers = numbers;
            this.lang = lang;
            this.title = title;
            this.organisations = organisations;
            this.regions = regions;
            this.published = published;
            this.notes = notes;
            this.organisation = organisation;
            this.region = region;
            this.contactsNow = contactsNow;
            this.contactsBefore = contactsBefore;
            this.growth = growth;
            this.acute = acute;
            this.hours = hours;
            this.fte = fte;
            this.euros = euros;
            this.eurosPerContact = eurosPerContact;
            this.national = national;
            this.figure = figure;
            this.definition = definition;
            this.source = source;
            this.difference = difference;
            this.unknown = unknown;
            this.hidden = hidden;
            this.synthetic = synthetic;
            this.partlyForecast = partlyForecast;
            this.estimate = estimate;
            this.monthsCounted = monthsCounted;
            this.rule = rule;
            this.legend = legend;
            this.noCapacity = noCapacity;
            this.back = back;
            this.notAttributed = notAttributed;
        }

        /** A note the publication or its projection wrote, in English, in this report's language. */
        String note(String english) {
            return this == NL ? ServiceSentences.dutch(english, UnaryOperator.identity()) : english;
        }
    }

    /** The column headings, in order. */
    record Headings(String organisation, String region, String contactsNow, String contactsBefore, String growth,
            String acute, String hours, String fte, String euros, String eurosPerContact, String figure,
            String definition, String source, String difference) {
    }

    /** {@code code} is the organisation's or region's code, for the row's data attribute. */
    record Line(String code, String name, String contacts, String previous, String growth, String acute, String hours,
            String fte, String euros, String eurosPerContact, List<String> remarks) {
    }

    record PublishedLine(String organisation, String series, String count, String definition, String source,
            String difference) {
    }

    /** One pair of bars: last year light, this year dark, as a share of the section's largest figure. */
    record Bar(String name, int nameY, int previousY, int currentY, double previousWidth, double currentWidth,
            double labelX, int labelY, String label) {
    }

    record Chart(String id, String title, int height, int left, List<Bar> bars) {
    }

    record Page(String lang, String title, String back, String organisationsTitle, String regionsTitle,
            String publishedTitle, String notesTitle, Headings headings, List<Line> organisations, Line national,
            List<Line> regions, List<PublishedLine> published, Chart organisationChart, Chart regionChart,
            String legend, String rule, List<String> notes) {
    }

    @CheckedTemplate(basePath = "PublicationReport", defaultName = CheckedTemplate.ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance report(Page page);
    }

    private static final int BAR_ROW = 34;
    /** Room on the left for the longest name, Centrum Veilige Sport Nederland; the bars and figures fill the rest. */
    private static final int BAR_LEFT = 230;
    private static final double BAR_SPACE = 440;

    private PublicationReport() {
    }

    static String render(Publication p, Words w) {
        NumberFormat whole = NumberFormat.getIntegerInstance(w.numbers);
        NumberFormat decimal = NumberFormat.getNumberInstance(w.numbers);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        NumberFormat money = NumberFormat.getNumberInstance(w.numbers);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        Formats f = new Formats(whole, decimal, money, w);

        List<Line> organisations = new ArrayList<>();
        List<Bar> orgBars = new ArrayList<>();
        double orgMax = p.organisations().stream().mapToDouble(o -> Math.max(value(o.contacts()),
                value(o.previousYear()))).max().orElse(0);
        for (OrganisationYear o : p.organisations()) {
            List<String> remarks = new ArrayList<>();
            if (o.suppressed()) {
                remarks.add(w.hidden);
            }
            if (o.synthetic()) {
                remarks.add(w.synthetic);
            }
            if (!o.complete()) {
                remarks.add(w.partlyForecast);
            }
            if (Boolean.TRUE.equals(o.costAssumption()) && o.euros() != null) {
                remarks.add(w.estimate);
            }
            String name = ReportNames.of(o.organisation());
            organisations.add(new Line(o.organisation().name(), name, f.count(o.contacts()), f.count(o.previousYear()),
                    f.percent(o.growth()), f.percent(o.acuteShare()), f.count(o.hoursExpected()),
                    f.decimal(o.fteNeeded()), f.money(o.euros(), false), f.money(o.eurosPerContact(), true), remarks));
            orgBars.add(bar(name, orgBars.size(), o.previousYear(), o.contacts(), orgMax, f));
        }
        if (p.notAttributed() != null) {
            var rest = p.notAttributed();
            List<String> remarks = new ArrayList<>();
            if (rest.suppressed()) {
                remarks.add(w.hidden);
            }
            if (!rest.suppressed() && rest.monthsCounted() < 12) {
                remarks.add(String.format(w.monthsCounted, rest.monthsCounted()));
            }
            organisations.add(new Line("NOT_ATTRIBUTED", w.notAttributed, f.count(rest.contacts()),
                    f.count(rest.previousYear()), "", "", "", "", "", "", remarks));
        }
        Line national = p.national() == null ? null
                : new Line("ALL", w.national, f.count(p.national().contacts()), f.count(p.national().previousYear()),
                        f.percent(p.national().growth()), "", "", "", "", "", List.of());

        List<Line> regions = new ArrayList<>();
        List<Bar> regionBars = new ArrayList<>();
        double regionMax = p.regions().stream().mapToDouble(r -> Math.max(value(r.contacts()),
                value(r.previousYear()))).max().orElse(0);
        for (RegionYear r : p.regions()) {
            List<String> remarks = new ArrayList<>();
            if (r.suppressed()) {
                remarks.add(w.hidden);
            }
            if (!r.suppressed() && r.monthsCounted() < 12) {
                remarks.add(String.format(w.monthsCounted, r.monthsCounted()));
            }
            String name = ReportNames.of(r.region());
            regions.add(new Line(r.region().name(), name, f.count(r.contacts()), f.count(r.previousYear()),
                    f.percent(r.growth()), "", "", "", "", "", remarks));
            regionBars.add(bar(name, regionBars.size(), r.previousYear(), r.contacts(), regionMax, f));
        }

        List<PublishedLine> published = new ArrayList<>();
        for (OrganisationYear o : p.organisations()) {
            for (PublishedFigure figure : o.published()) {
                Optional<PublishedSeries> known = PublishedSeries.of(figure.series());
                String label = known.map(k -> w == Words.NL ? k.dutchLabel : k.englishLabel).orElse(figure.series());
                String definition = w == Words.NL && known.isPresent() ? known.get().dutchDefinition
                        : figure.definition();
                published.add(new PublishedLine(ReportNames.of(o.organisation()), label, f.count(figure.count()),
                        definition, figure.source(), f.signed(figure.difference())));
            }
        }
        // The projection notes each series it passed over, so the same sentence can come several times.
        List<String> notes = new ArrayList<>(p.notes().stream().map(w::note)
                .map(n -> ReportNames.withCaseTypeNames(n, w == Words.NL)).distinct().toList());
        if (!"AVAILABLE".equals(p.capacity())) {
            notes.add(0, w.noCapacity);
        }
        Headings headings = new Headings(w.organisation, w.region, String.format(w.contactsNow, p.year()),
                String.format(w.contactsBefore, p.year() - 1), w.growth, w.acute, w.hours, w.fte, w.euros,
                w.eurosPerContact, w.figure, w.definition, w.source, w.difference);
        Page page = new Page(w.lang, String.format(w.title, p.year()), w.back, w.organisations, w.regions, w.published,
                w.notes, headings, organisations, national, regions, published,
                new Chart("organisation-chart", w.organisations, orgBars.size() * BAR_ROW + 8, BAR_LEFT, orgBars),
                new Chart("region-chart", w.regions, regionBars.size() * BAR_ROW + 8, BAR_LEFT, regionBars),
                String.format(w.legend, p.year() - 1, p.year()), w.rule, notes);
        return Templates.report(page).render();
    }

    private static Bar bar(String name, int index, Number previous, Number current, double max, Formats f) {
        double scale = max > 0 ? BAR_SPACE / max : 0;
        int top = index * BAR_ROW + 4;
        double width = Math.round(value(current) * scale * 10) / 10.0;
        return new Bar(name, top + 17, top, top + 13, Math.round(value(previous) * scale * 10) / 10.0, width,
                BAR_LEFT + width + 6, top + 24, f.count(current == null ? null : current.doubleValue()));
    }

    private static double value(Number n) {
        return n == null ? 0 : n.doubleValue();
    }

    private record Formats(NumberFormat whole, NumberFormat decimal, NumberFormat money, Words w) {

        String count(Number n) {
            return n == null ? w.unknown : whole.format(Math.round(n.doubleValue()));
        }

        String decimal(Double n) {
            return n == null ? w.unknown : decimal.format(n);
        }

        String percent(Double share) {
            return share == null ? w.unknown : decimal.format(share * 100) + "%";
        }

        String money(Double euros, boolean cents) {
            return euros == null ? w.unknown : "€ " + (cents ? money.format(euros) : whole.format(Math.round(euros)));
        }

        String signed(Double n) {
            return n == null ? w.unknown : (n > 0 ? "+" : "") + whole.format(Math.round(n));
        }
    }
}
