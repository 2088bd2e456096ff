package nl.entree.forecast.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;
import nl.entree.forecast.series.PublishedCounts.Hidden;
import nl.entree.forecast.series.SeriesApi.ImportResult;
import nl.entree.forecast.series.SeriesApi.NewSeries;
import nl.entree.forecast.series.SeriesApi.ObservationView;
import nl.entree.forecast.series.SeriesApi.ObservationsIn;
import nl.entree.forecast.series.SeriesApi.SeriesDetail;
import nl.entree.forecast.series.SeriesApi.SeriesView;

@ApplicationScoped
public class SeriesService {

    /** A counted observation ready to write: the period and the count, null for a recorded gap. */
    public record Point(Period period, Long count) {
    }


    public static final String SERIES = "series";
    static final String SERIES_CREATE = "SERIES_CREATE";
    static final String SERIES_READ = "SERIES_READ";
    static final String OBSERVATIONS_WRITE = "OBSERVATIONS_WRITE";
    static final int MAX_VIOLATIONS_LISTED = 100;

    private final SeriesRepository seriesRepository;
    private final ObservationRepository observationRepository;
    private final AuditTrail audit;
    private final TransactionLock locks;

    public SeriesService(SeriesRepository seriesRepository, ObservationRepository observationRepository,
            AuditTrail audit, TransactionLock locks) {
        this.seriesRepository = seriesRepository;
        this.observationRepository = observationRepository;
        this.audit = audit;
        this.locks = locks;
    }

    @Transactional
    public SeriesEntity create(NewSeries request) {
        SeriesEntity created = define(request);
        audit.record(SERIES_CREATE, SERIES, created.id, AuditResult.OK);
        return created;
    }

    private SeriesEntity define(NewSeries request) {
        if (request.organisation() == null && request.region() == null) {
            throw ProblemException.badRequest("organisation", "is required unless the series counts a region");
        }
        if (request.caseType() != null && request.caseType().organisation() != request.organisation()) {
            throw ProblemException.badRequest("caseType",
                    request.caseType() + " belongs to " + request.caseType().organisation() + ", not to "
                            + request.organisation());
        }
        locks.hold(seriesLock(request.id()));
        if (seriesRepository.findByIdOptional(request.id()).isPresent()) {
            throw ProblemException.conflict("A series with id " + request.id() + " exists already.");
        }
        SeriesEntity s = new SeriesEntity();
        s.id = request.id();
        s.organisation = request.organisation();
        s.caseType = request.caseType();
        s.region = request.region();
        s.granularity = request.granularity();
        s.unit = request.unit().strip();
        s.definition = request.definition().strip();
        s.source = request.source();
        s.synthetic = request.synthetic();
        s.label = request.label() != null && !request.label().isBlank() ? request.label().strip()
                : request.synthetic() ? "synthetic" : null;
        seriesRepository.persist(s);
        return s;
    }

    /**
     * Creates the series when it does not exist yet; an existing one is left as it is.
     *
     * @param system the job that asks, as the audit trail names it
     */
    @Transactional
    public boolean ensure(NewSeries definition, String system) {
        locks.hold(seriesLock(definition.id()));
        if (seriesRepository.findByIdOptional(definition.id()).isPresent()) {
            return false;
        }
        define(definition);
        audit.recordBySystem(system, SERIES_CREATE, SERIES, definition.id(), AuditResult.OK);
        return true;
    }

    /** Creates and fills a series in one go when it does not exist yet; returns whether it did. */
    @Transactional
    public boolean createIfAbsent(NewSeries definition, Map<Period, Long> points, String system) {
        locks.hold(seriesLock(definition.id()));
        if (seriesRepository.findByIdOptional(definition.id()).isPresent()) {
            return false;
        }
        write(define(definition), points);
        audit.recordBySystem(system, SERIES_CREATE, SERIES, definition.id(), AuditResult.OK);
        return true;
    }

    /** The first month (or other period) with a count, of every series that has one. */
    public Map<String, LocalDate> firstCounts() {
        Map<String, LocalDate> first = new HashMap<>();
        observationRepository.stats(null).forEach((id, stats) -> first.put(id, stats.first()));
        return first;
    }

    /** Every series, with what the caller reads of its counts: a ministry the completed months it was shown. */
    public List<SeriesView> list(Hidden hidden) {
        Map<String, ObservationRepository.Stats> stats = stats(null, hidden);
        List<SeriesEntity> all = seriesRepository.allById();
        List<SeriesView> views = new ArrayList<>(all.size());
        for (SeriesEntity s : all) {
            views.add(view(s, stats.get(s.id)));
        }
        return views;
    }

    /** The series and its counts, for a person who asked to see them: the read is audited. */
    @Transactional
    public Optional<SeriesDetail> read(String id, Hidden hidden) {
        Optional<SeriesDetail> found = seriesRepository.findByIdOptional(id).filter(s -> !hidden.withholds(s))
                .flatMap(s -> detail(id, hidden));
        audit.record(SERIES_READ, SERIES, id, found.isPresent() ? AuditResult.OK : AuditResult.NOT_FOUND);
        return found;
    }

    public Optional<SeriesDetail> detail(String id, Hidden hidden) {
        return seriesRepository.findByIdOptional(id).map(s -> {
            SortedMap<LocalDate, Long> rows = new TreeMap<>();
            for (ObservationEntity o : observationRepository.ofSeries(id)) {
                rows.put(o.periodStart, hidden.frozen() == null ? o.count : null);
            }
            if (hidden.frozen() != null) {
                rows.putAll(hidden.frozen().getOrDefault(id, new TreeMap<>()));
            }
            List<ObservationView> observations = new ArrayList<>();
            rows.forEach((start, count) -> {
                Period period = Period.starting(s.granularity, start);
                if (!hidden.unpublished(period)) {
                    boolean hide = count != null && hidden.hides(id, period);
                    observations.add(new ObservationView(period.toString(), hide ? null : count, hide));
                }
            });
            return new SeriesDetail(view(s, stats(id, hidden).get(id)), observations);
        });
    }

    /** {@link ObservationRepository#stats} of the counts the caller reads (of every series when {@code id} is null). */
    private Map<String, ObservationRepository.Stats> stats(String id, Hidden hidden) {
        if (hidden.frozen() == null) {
            return observationRepository.stats(id);
        }
        Map<String, ObservationRepository.Stats> stats = new HashMap<>();
        hidden.frozen().forEach((seriesId, counts) -> {
            if (!counts.isEmpty() && (id == null || id.equals(seriesId))) {
                stats.put(seriesId, new ObservationRepository.Stats(counts.firstKey(), counts.lastKey(),
                        counts.size()));
            }
        });
        return stats;
    }

    public List<SeriesEntity> all() {
        return seriesRepository.allById();
    }

    public Optional<SeriesEntity> find(String id) {
        return seriesRepository.findByIdOptional(id);
    }

    /** The series' observations from the first to the last, gaps as NaN. */
    public Optional<SeriesHistory> history(String id) {
        return seriesRepository.findByIdOptional(id).map(this::history);
    }

    public SeriesHistory history(SeriesEntity s) {
        SortedMap<LocalDate, Long> counts = new TreeMap<>();
        for (ObservationEntity o : observationRepository.ofSeries(s.id)) {
            if (o.count != null) {
                counts.put(o.periodStart, o.count);
            }
        }
        return SeriesHistory.of(s, counts);
    }

    /** The history the caller reads: for a ministry, the counts it was first shown ({@link Hidden#counted}). */
    public Optional<SeriesHistory> history(String id, Hidden hidden) {
        return history(id).map(hidden::counted);
    }

    /** {@link #history(String, Hidden)} of a series at hand. */
    public SeriesHistory history(SeriesEntity s, Hidden hidden) {
        return hidden.counted(history(s));
    }

    /** {@code POST /api/series/{id}/observations} as CSV: all rows valid, or nothing is written. */
    @Transactional
    public ImportResult importCsv(String seriesId, String body) {
        SeriesEntity series = seriesRepository.findByIdOptional(seriesId)
                .orElseThrow(() -> ProblemException.notFound("Series " + seriesId));
        return audited(importRows(CsvRows.parse(body, series.id)));
    }

    /** {@code POST /api/series/import}: rows of several series, all valid, or nothing is written. */
    @Transactional
    public ImportResult importFile(String body) {
        return audited(importRows(CsvRows.parse(body, null)));
    }

    @Transactional
    public ImportResult importJson(String seriesId, ObservationsIn request) {
        SeriesEntity series = seriesRepository.findByIdOptional(seriesId)
                .orElseThrow(() -> ProblemException.notFound("Series " + seriesId));
        List<Problem.Violation> violations = new ArrayList<>();
        Map<Period, Long> points = new java.util.LinkedHashMap<>();
        for (int i = 0; i < request.observations().size(); i++) {
            SeriesApi.ObservationIn o = request.observations().get(i);
            String field = "observations[" + i + "].period";
            Optional<Period> period = Period.parse(series.granularity, o.period());
            if (period.isEmpty()) {
                violations.add(new Problem.Violation(field, notAPeriod(series, o.period())));
            } else if (points.containsKey(period.get())) {
                violations.add(new Problem.Violation(field, "period " + period.get() + " appears more than once"));
            } else {
                points.put(period.get(), o.count() == null ? null : o.count().longValueExact());
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(listed(violations));
        }
        write(series, points);
        return audited(new ImportResult(points.size(), List.of(series.id)));
    }

    /** Upserts counts into an existing series, for a job such as the triage pull (named {@code system}). */
    @Transactional
    public void upsert(String seriesId, Map<Period, Long> points, String system) {
        SeriesEntity series = seriesRepository.findByIdOptional(seriesId)
                .orElseThrow(() -> ProblemException.notFound("Series " + seriesId));
        write(series, points);
        audit.recordBySystem(system, OBSERVATIONS_WRITE, SERIES, seriesId, AuditResult.OK);
    }

    /** One record per series written to, by the person who imported. */
    private ImportResult audited(ImportResult imported) {
        audit.recordEach(OBSERVATIONS_WRITE, SERIES, imported.series(), AuditResult.OK);
        return imported;
    }

    private ImportResult importRows(CsvRows.Parsed parsed) {
        List<Problem.Violation> violations = new ArrayList<>(parsed.violations());
        // A missing series is remembered as missing too: a file naming it on every line asks the database once.
        Map<String, Optional<SeriesEntity>> seriesById = new HashMap<>();
        Map<String, Map<Period, Long>> bySeries = new java.util.LinkedHashMap<>();
        for (CsvRows.Row row : parsed.rows()) {
            if (!row.series().matches(SeriesApi.ID_PATTERN)) {
                violations.add(new Problem.Violation(row.field(), "series id '" + clip(row.series()) + "' is not valid"));
                continue;
            }
            SeriesEntity series = seriesById.computeIfAbsent(row.series(), seriesRepository::findByIdOptional)
                    .orElse(null);
            if (series == null) {
                violations.add(new Problem.Violation(row.field(), "series '" + row.series()
                        + "' does not exist; create it first with POST /api/series"));
                continue;
            }
            Optional<Period> period = Period.parse(series.granularity, row.period());
            Long count;
            try {
                count = parseCount(row.count());
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation(row.field(), e.getMessage()));
                continue;
            }
            if (period.isEmpty()) {
                violations.add(new Problem.Violation(row.field(), notAPeriod(series, row.period())));
                continue;
            }
            Map<Period, Long> points = bySeries.computeIfAbsent(series.id, id -> new java.util.LinkedHashMap<>());
            if (points.containsKey(period.get())) {
                violations.add(new Problem.Violation(row.field(), "period " + period.get() + " of series " + series.id
                        + " appears more than once"));
                continue;
            }
            points.put(period.get(), count);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(listed(violations));
        }
        takeTurnsOn(bySeries.keySet());
        int rows = 0;
        for (Map.Entry<String, Map<Period, Long>> e : bySeries.entrySet()) {
            write(seriesById.get(e.getKey()).orElseThrow(), e.getValue());
            rows += e.getValue().size();
        }
        return new ImportResult(rows, List.copyOf(new LinkedHashSet<>(bySeries.keySet())));
    }

    /**
     * The first {@link #MAX_VIOLATIONS_LISTED} violations and one that counts the rest: a file of a hundred
     * thousand bad lines gets an answer of a few kilobytes, and the first lines are what one fixes first.
     */
    private static List<Problem.Violation> listed(List<Problem.Violation> violations) {
        if (violations.size() <= MAX_VIOLATIONS_LISTED) {
            return violations;
        }
        List<Problem.Violation> listed = new ArrayList<>(violations.subList(0, MAX_VIOLATIONS_LISTED));
        listed.add(new Problem.Violation("body", (violations.size() - MAX_VIOLATIONS_LISTED)
                + " more rows are not valid; only the first " + MAX_VIOLATIONS_LISTED + " are listed"));
        return listed;
    }

    /**
     * Writes of one series take turns (an import, the hourly pull of every pod): the second reads the counts the
     * first stored and updates them, instead of inserting them again.
     */
    private void write(SeriesEntity series, Map<Period, Long> points) {
        locks.hold(seriesLock(series.id));
        Map<LocalDate, ObservationEntity> existing = new HashMap<>();
        for (ObservationEntity o : observationRepository.ofSeries(series.id)) {
            existing.put(o.periodStart, o);
        }
        for (Map.Entry<Period, Long> p : points.entrySet()) {
            LocalDate start = p.getKey().start();
            ObservationEntity o = existing.get(start);
            if (o == null) {
                o = new ObservationEntity();
                o.seriesId = series.id;
                o.periodStart = start;
                o.count = p.getValue();
                observationRepository.persist(o);
            } else {
                o.count = p.getValue();
            }
        }
        observationRepository.flush();
    }

    /**
     * Holds every one of these series before any is written, in the one order every writer of several series uses
     * (an import, the hourly pull), so that two of them wait for each other instead of deadlocking.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurnsOn(Collection<String> ids) {
        ids.stream().sorted().forEach(id -> locks.hold(seriesLock(id)));
    }

    private static String seriesLock(String id) {
        return "series:" + id;
    }

    private static Long parseCount(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("count '" + clip(text) + "' is not a whole number of 0 or more "
                    + "(leave it empty for a gap)");
        }
        return Long.parseLong(text);
    }

    private static String notAPeriod(SeriesEntity series, String text) {
        return "period '" + clip(text) + "' is not a " + series.granularity.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " (" + series.granularity.format() + ")";
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    private static SeriesView view(SeriesEntity s, ObservationRepository.Stats stats) {
        String first = null;
        String last = null;
        long counted = 0;
        long gaps = 0;
        if (stats != null) {
            Period f = Period.starting(s.granularity, stats.first());
            Period l = Period.starting(s.granularity, stats.last());
            first = f.toString();
            last = l.toString();
            counted = stats.counted();
            gaps = (l.ordinal() - f.ordinal() + 1) - counted;
        }
        return new SeriesView(s.id, s.organisation, s.caseType, s.region, s.granularity, s.unit, s.definition, s.source,
                s.synthetic, s.label, first, last, counted, gaps);
    }
}
