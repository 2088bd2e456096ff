package nl.entree.forecast.publications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.disclosure.Disclosure;
import nl.entree.common.disclosure.SmallCellSuppression;
import nl.entree.common.problem.ProblemException;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.projections.ProjectionApi.ProjectionView;
import nl.entree.forecast.projections.ProjectionApi.Row;
import nl.entree.forecast.projections.ProjectionApi.SeriesUsed;
import nl.entree.forecast.projections.ProjectionService;
import nl.entree.forecast.publications.PublicationApi.NotAttributed;
import nl.entree.forecast.publications.PublicationApi.OrganisationYear;
import nl.entree.forecast.publications.PublicationApi.Publication;
import nl.entree.forecast.publications.PublicationApi.PublishedFigure;
import nl.entree.forecast.publications.PublicationApi.RegionYear;
import nl.entree.forecast.publications.PublicationApi.Totals;
import nl.entree.forecast.series.DemoData;
import nl.entree.forecast.series.Granularity;
import nl.entree.forecast.series.Period;
import nl.entree.forecast.series.PublishedCounts;
import nl.entree.forecast.series.SeriesEntity;
import nl.entree.forecast.series.SeriesHistory;
import nl.entree.forecast.series.SeriesService;
import nl.entree.forecast.triage.CasesWithoutLead;
import nl.entree.forecast.triage.TriageCounts;

/**
 * The yearly publication the letter asks for (recommendation 4): per organisation the year's contacts, growth on
 * the year before, acute share, hours, FTE and euros, and per safety region the cases triage routed.
 *
 * <p>The organisations' figures are the projection's for the twelve months (the same series, the same norms), so
 * the publication and the projections never disagree. For a ministry each figure is a sum of monthly counts it
 * may see: a year that rests on a hidden month is hidden. Every hidden month belongs to a line that hides at
 * least two, so the hidden years of a line are never one alone either.
 */
@ApplicationScoped
class PublicationService {

    static final int FIRST_YEAR = 2000;

    private final ProjectionService projections;
    private final SeriesService series;
    private final CasesWithoutLead withoutLead;
    private final AuditTrail audit;
    private final Clock clock;

    public PublicationService(ProjectionService projections, SeriesService series, CasesWithoutLead withoutLead,
            AuditTrail audit, Clock clock) {
        this.projections = projections;
        this.series = series;
        this.withoutLead = withoutLead;
        this.audit = audit;
        this.clock = clock;
    }

    public Publication publication(int year, PublishedCounts.Hidden hidden) {
        int lastComplete = Disclosure.lastCompletedYear(clock);
        if (year < FIRST_YEAR || year > lastComplete) {
            throw ProblemException.badRequest("year", "must be a complete year from " + FIRST_YEAR + " to "
                    + lastComplete);
        }
        List<String> notes = new ArrayList<>();
        List<String> chosen = seriesOf(year, hidden, notes);
        ProjectionView current = projections.project(YearMonth.of(year, 1), YearMonth.of(year, 12), null, chosen,
                hidden);
        // The same series for the year before: growth from one series to another is the difference of two counts.
        // Only its contacts are read: its hours would be one more wait on capacity-service.
        ProjectionView previous = chosen.isEmpty() ? current : projections.project(YearMonth.of(year - 1, 1),
                YearMonth.of(year - 1, 12), null, chosen, hidden, false);
        Map<Organisation, Row> before = new EnumMap<>(Organisation.class);
        previous.rows().forEach(r -> before.put(r.organisation(), r));

        List<OrganisationYear> organisations = new ArrayList<>();
        boolean acuteUnknown = false;
        for (Row r : current.rows()) {
            Row p = before.get(r.organisation());
            // A part year before would make growth of a part year: a series starting in March grows 20% by itself.
            boolean countedBefore = allCounted(previous.series(), r.organisation(), year - 1, hidden);
            boolean hiddenBefore = p != null && p.suppressed();
            Double previousContacts = p == null || hiddenBefore || !countedBefore ? null : p.contacts();
            // A hidden year before says why by itself; an empty growth beside a shown count would not.
            if (!countedBefore && !hiddenBefore && !r.suppressed()) {
                notes.add(r.organisation() + ": growth unknown: the series behind the figures did not count every "
                        + "month of " + (year - 1) + ".");
            }
            Double acute = acuteShare(r.organisation(), current.series(), year, hidden);
            acuteUnknown |= acute == null && r.organisation() != Organisation.CSG;
            boolean complete = allCounted(current.series(), r.organisation(), year, hidden);
            boolean endsEarly = current.series().stream().filter(s -> s.organisation() == r.organisation())
                    .anyMatch(s -> s.lastObserved() == null
                            || YearMonth.parse(s.lastObserved()).isBefore(YearMonth.of(year, 12)));
            // Only this note has a Dutch sentence in common's service texts; a late start or a gap shows as
            // complete false ("deels prognose") alone.
            if (endsEarly) {
                notes.add(r.organisation() + ": a series behind the figures ends before December " + year
                        + "; its later months are the forecast, not counts.");
            }
            organisations.add(new OrganisationYear(r.organisation(), r.contacts(), previousContacts,
                    growth(r.contacts(), previousContacts), acute, r.hoursExpected(), r.fteNeeded(), r.euros(),
                    r.eurosPerContact(), r.costAssumption(), r.suppressed(),
                    r.synthetic() || previousContacts != null && p.synthetic(), complete,
                    current.series().stream().filter(s -> s.organisation() == r.organisation())
                            .map(SeriesUsed::id).toList(),
                    published(r.organisation(), year, r.contacts(), hidden)));
        }
        if (acuteUnknown) {
            notes.add("The acute share is known only where the counts tell acute from non-acute contacts (CSG's "
                    + "two series); for the other organisations it is unknown.");
        }
        if (organisations.stream().anyMatch(OrganisationYear::synthetic)) {
            notes.add("Rows marked synthetic rest on demo series calibrated to published annual totals, not on "
                    + "counts: they show what the publication looks like, not what happened.");
        }
        notes.addAll(current.notes());

        NotAttributed rest = notAttributed(year, organisations, hidden);
        Totals national = null;
        if (!organisations.isEmpty() && organisations.stream().allMatch(o -> o.contacts() != null)
                && (rest == null || rest.contacts() != null)) {
            double sum = organisations.stream().mapToDouble(OrganisationYear::contacts).sum()
                    + (rest == null ? 0 : rest.contacts());
            Double sumBefore = organisations.stream().allMatch(o -> o.previousYear() != null)
                    && (rest == null || rest.previousYear() != null)
                    ? organisations.stream().mapToDouble(OrganisationYear::previousYear).sum()
                            + (rest == null ? 0 : rest.previousYear()) : null;
            national = new Totals(sum, sumBefore, growth(sum, sumBefore));
        }
        if (rest != null && rest.monthsCounted() < 12) {
            notes.add("The cases not attributed to an organisation are known for " + rest.monthsCounted()
                    + " of the 12 months, those triage was pulled for.");
        }

        List<RegionYear> regions = regions(year, hidden);
        if (regions.isEmpty()) {
            notes.add("No regional counts for " + year + ": they come from the cases triage routed, by the region "
                    + "the contact named.");
        }
        // Its own short transaction: the figures above wait on capacity-service, and no row should be locked then.
        QuarkusTransaction.requiringNew().run(() -> audit.record("PUBLICATION_READ", "publication", year,
                AuditResult.OK));
        return new Publication(year, organisations, rest, national, regions, current.capacity(), notes);
    }

    /**
     * One monthly series per organisation × caseType for {@code year}'s rows: the one with the most months counted
     * in that year, then in the year before (so that growth is one series' own), then the first stored. Nothing of
     * that grows once the year is over: ranked by months overall, as projections rank, an old year's row would move
     * to whichever series grew since. Each series left out is named in a note, as projections name theirs, so one
     * that projections use and this year's row does not is named too. The note keeps projections' wording, which the
     * Dutch report translates; "more data" is then more of the year's months.
     */
    private List<String> seriesOf(int year, PublishedCounts.Hidden hidden, List<String> notes) {
        Comparator<SeriesHistory> firstStored = Comparator.comparing((SeriesHistory h) -> h.series().createdAt,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(h -> h.series().id);
        return projections.onePerCaseType(Comparator.<SeriesHistory>comparingInt(h -> countedIn(h, year))
                .thenComparingInt(h -> countedIn(h, year - 1)).thenComparing(firstStored.reversed()), notes, hidden)
                .stream().map(s -> s.id).toList();
    }

    private static int countedIn(SeriesHistory h, int year) {
        int counted = 0;
        for (int i = 0; i < h.values().length; i++) {
            if (!Double.isNaN(h.values()[i]) && h.periodAt(i).year() == year) {
                counted++;
            }
        }
        return counted;
    }

    /**
     * triage's cases of the year that no organisation row holds: the cases without a lead of the months pulled
     * (for a ministry as frozen for it) and the triage series of an organisation without a row. Null when triage was
     * pulled for no month of the year. For a ministry it is suppressed, like a region, when a month of it is hidden
     * or the year's count is below 10.
     */
    private NotAttributed notAttributed(int year, List<OrganisationYear> rows, PublishedCounts.Hidden hidden) {
        // A month pulled before Entree's start was stored as 0 cases without a lead, but nothing was counted then.
        YearMonth start = TriageCounts.start(series.firstCounts());
        Set<YearMonth> pulled = withoutLead.monthsPulled().stream().filter(m -> start != null && !m.isBefore(start))
                .collect(Collectors.toSet());
        Map<LocalDate, Long> stored = withoutLead.byMonth();
        Optional<YearSum> now = withoutLeadOf(year, pulled, stored, hidden);
        if (now.map(YearSum::months).orElse(1) == 0) {
            return null;
        }
        Optional<YearSum> before = withoutLeadOf(year - 1, pulled, stored, hidden);
        List<String> ids = new ArrayList<>();
        for (SeriesEntity s : series.all()) {
            if (s.granularity != Granularity.MONTH || !TriageCounts.isOrganisationSeries(s.id) || s.caseType == null
                    || rows.stream().anyMatch(r -> r.organisation() == s.organisation)) {
                continue;
            }
            SeriesHistory h = series.history(s, hidden);
            Optional<YearSum> own = sumOfYear(h, year, hidden);
            if (own.map(YearSum::months).orElse(1) == 0 && sumOfYear(h, year - 1, hidden)
                    .map(YearSum::months).orElse(1) == 0) {
                continue;
            }
            ids.add(s.id);
            now = plus(now, own);
            before = plus(before, sumOfYear(h, year - 1, hidden));
        }
        boolean suppressed = now.isEmpty() || hidden.applies() && SmallCellSuppression.isSmall(now.get().count());
        Long previous = before.filter(b -> b.months() == 12)
                .filter(b -> !(hidden.applies() && SmallCellSuppression.isSmall(b.count())))
                .map(YearSum::count).orElse(null);
        return new NotAttributed(suppressed ? null : now.get().count(), previous,
                now.map(YearSum::months).orElse(0), suppressed, ids);
    }

    /** The year's cases without a lead, months counted = months pulled; empty when one is hidden from the caller. */
    private static Optional<YearSum> withoutLeadOf(int year, Set<YearMonth> pulled, Map<LocalDate, Long> stored,
            PublishedCounts.Hidden hidden) {
        long count = 0;
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (!pulled.contains(month)) {
                continue;
            }
            Long n = hidden.withoutLead(month, stored);
            if (hidden.hidesWithoutLead(month)) {
                return Optional.empty();
            }
            if (n != null) {
                count += n;
                months++;
            }
        }
        return Optional.of(new YearSum(count, months));
    }

    /** A series' months count only where the cases without a lead were counted too: the total's months. */
    private static Optional<YearSum> plus(Optional<YearSum> total, Optional<YearSum> part) {
        if (total.isEmpty() || part.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new YearSum(total.get().count() + part.get().count(), total.get().months()));
    }

    /** Whether every series behind the organisation's row has all 12 months of the year counted, no gaps. */
    private boolean allCounted(List<SeriesUsed> used, Organisation organisation, int year,
            PublishedCounts.Hidden hidden) {
        List<SeriesUsed> own = used.stream().filter(s -> s.organisation() == organisation).toList();
        return !own.isEmpty() && own.stream().allMatch(s -> series.history(s.id(), hidden)
                .map(h -> monthsCounted(h, year) == 12).orElse(false));
    }

    private static int monthsCounted(SeriesHistory history, int year) {
        int months = 0;
        for (int m = 1; m <= 12 && !history.isEmpty(); m++) {
            int i = Period.of(YearMonth.of(year, m)).ordinal() - history.first().ordinal();
            months += i >= 0 && i < history.values().length && !Double.isNaN(history.values()[i]) ? 1 : 0;
        }
        return months;
    }

    /** CSG's acute share from its acute and non-acute series; null for the others or when a month is hidden. */
    private Double acuteShare(Organisation organisation, List<SeriesUsed> used, int year,
            PublishedCounts.Hidden hidden) {
        if (organisation != Organisation.CSG) {
            return null;
        }
        Optional<Long> acute = yearOf(used, CaseType.CSG_ACUTE, year, hidden);
        Optional<Long> nonAcute = yearOf(used, CaseType.CSG_NON_ACUTE, year, hidden);
        if (acute.isEmpty() || nonAcute.isEmpty() || acute.get() + nonAcute.get() == 0) {
            return null;
        }
        return (double) acute.get() / (acute.get() + nonAcute.get());
    }

    private Optional<Long> yearOf(List<SeriesUsed> used, CaseType caseType, int year, PublishedCounts.Hidden hidden) {
        return used.stream().filter(s -> s.caseType() == caseType).findFirst()
                .flatMap(s -> series.history(s.id(), hidden))
                .flatMap(h -> sumOfYear(h, year, hidden).filter(y -> y.months() == 12).map(YearSum::count));
    }

    /** The year's count of a monthly series; empty when a month of it is hidden from the caller. */
    private static Optional<YearSum> sumOfYear(SeriesHistory history, int year, PublishedCounts.Hidden hidden) {
        long count = 0;
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            Period period = Period.of(YearMonth.of(year, m));
            if (hidden.hides(history.series().id, period)) {
                return Optional.empty();
            }
            if (history.isEmpty()) {
                continue;
            }
            int i = period.ordinal() - history.first().ordinal();
            if (i >= 0 && i < history.values().length && !Double.isNaN(history.values()[i])) {
                count += (long) history.values()[i];
                months++;
            }
        }
        return Optional.of(new YearSum(count, months));
    }

    private record YearSum(long count, int months) {
    }

    private List<RegionYear> regions(int year, PublishedCounts.Hidden hidden) {
        List<RegionYear> rows = new ArrayList<>();
        for (Region region : Region.values()) {
            String id = TriageCounts.seriesId(region);
            Optional<SeriesHistory> history = series.history(id, hidden);
            if (history.isEmpty()) {
                // Left out, a region without cases would say 0 in a month whose regions are hidden whole.
                if (hidden.applies() && hidden.region() == null && hidesAMonth(id, year, hidden)) {
                    rows.add(new RegionYear(region, null, null, null, 0, true));
                }
                continue;
            }
            Optional<YearSum> now = sumOfYear(history.get(), year, hidden);
            Optional<YearSum> before = sumOfYear(history.get(), year - 1, hidden);
            if (now.map(YearSum::months).orElse(1) == 0) {
                continue;
            }
            boolean suppressed = now.isEmpty() || hidden.applies() && SmallCellSuppression.isSmall(now.get().count());
            Long contacts = suppressed ? null : now.get().count();
            Long previous = before.filter(b -> b.months() == 12)
                    .filter(b -> !(hidden.applies() && SmallCellSuppression.isSmall(b.count())))
                    .map(YearSum::count).orElse(null);
            rows.add(new RegionYear(region, contacts, previous,
                    growth(contacts == null ? null : contacts.doubleValue(),
                            previous == null ? null : previous.doubleValue()),
                    now.map(YearSum::months).orElse(0), suppressed));
        }
        return rows;
    }

    private static boolean hidesAMonth(String seriesId, int year, PublishedCounts.Hidden hidden) {
        for (int m = 1; m <= 12; m++) {
            if (hidden.hides(seriesId, Period.of(YearMonth.of(year, m)))) {
                return true;
            }
        }
        return false;
    }

    /** The organisation's own published totals for the year: a year figure, or both of its half years. */
    private List<PublishedFigure> published(Organisation organisation, int year, Double contacts,
            PublishedCounts.Hidden hidden) {
        List<PublishedFigure> figures = new ArrayList<>();
        for (SeriesEntity s : series.all()) {
            if (!s.id.startsWith(DemoData.PUBLISHED_PREFIX) || s.organisation != organisation) {
                continue;
            }
            SeriesHistory h = series.history(s, hidden);
            Long count = null;
            if (s.granularity == Granularity.YEAR) {
                count = at(h, Period.starting(Granularity.YEAR, YearMonth.of(year, 1).atDay(1)));
            } else if (s.granularity == Granularity.HALF_YEAR) {
                Long first = at(h, Period.starting(Granularity.HALF_YEAR, YearMonth.of(year, 1).atDay(1)));
                Long second = at(h, Period.starting(Granularity.HALF_YEAR, YearMonth.of(year, 7).atDay(1)));
                count = first == null || second == null ? null : first + second;
            }
            if (count != null) {
                figures.add(new PublishedFigure(s.id.substring(DemoData.PUBLISHED_PREFIX.length()),
                        String.valueOf(year), count, s.definition, s.source,
                        contacts == null ? null : contacts - count));
            }
        }
        return figures;
    }

    private static Long at(SeriesHistory h, Period period) {
        if (h.isEmpty()) {
            return null;
        }
        int i = period.ordinal() - h.first().ordinal();
        return i < 0 || i >= h.values().length || Double.isNaN(h.values()[i]) ? null : (long) h.values()[i];
    }

    private static Double growth(Double now, Double before) {
        return now == null || before == null || before <= 0 ? null : now / before - 1;
    }
}
