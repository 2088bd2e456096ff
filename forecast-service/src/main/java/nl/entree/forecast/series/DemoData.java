package nl.entree.forecast.series;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.forecast.config.ForecastConfig;
import nl.entree.forecast.series.SeriesApi.NewSeries;

/**
 * Loads the repository's data/ (ENTREE_DEMO_DATA_DIR) so that a new user sees forecasts at once. Only series that do
 * not exist yet are created and filled, so a restart changes nothing and an operator's corrections survive.
 */
@ApplicationScoped
public class DemoData {

    public static final String SYNTHETIC_LABEL = "synthetic, calibrated to published annual totals";
    private static final String AUDITED_AS = "demo-data";
    public static final String MONTHLY_FILE = "demo-monthly-contacts.csv";
    public static final String PUBLISHED_FILE = "published-totals.csv";
    public static final String PUBLISHED_PREFIX = "published-";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private record Demo(Organisation organisation, CaseType caseType, String definition) {
    }

    private static final Map<String, Demo> DEMO = Map.of(
            "CSG_ACUTE", new Demo(Organisation.CSG, CaseType.CSG_ACUTE,
                    "CSG contacts whose incident was less than 7 days before the contact, per month"),
            "CSG_NON_ACUTE", new Demo(Organisation.CSG, CaseType.CSG_NON_ACUTE,
                    "CSG contacts whose incident was 7 days or more before the contact, per month"),
            "HELPWANTED", new Demo(Organisation.HELPWANTED, CaseType.HELPWANTED_ADVICE,
                    "Helpwanted advice requests, per month"),
            "SHN_ZEDEN", new Demo(Organisation.SHN, CaseType.SHN_SUPPORT,
                    "SHN victims of sexual offences supported, per month (yearly totals assumed, illustrative)"),
            "FIER_CHAT", new Demo(Organisation.FIER, CaseType.FIER_CASE,
                    "Fier chat contacts, per month (yearly totals assumed, illustrative)"));

    private final ForecastConfig config;
    private final SeriesService series;

    public DemoData(ForecastConfig config, SeriesService series) {
        this.config = config;
        this.series = series;
    }

    void onStart(@Observes StartupEvent event) {
        config.demoDataDir().ifPresent(dir -> load(Path.of(dir)));
    }

    /** Loads both files from {@code dir}; returns the ids of the series it created. */
    public List<String> load(Path dir) {
        List<String> created = new ArrayList<>();
        try {
            Path monthly = dir.resolve(MONTHLY_FILE);
            if (Files.isReadable(monthly)) {
                created.addAll(loadMonthly(Files.readString(monthly, StandardCharsets.UTF_8)));
            } else {
                LOG.warnf("Demo data: %s not found in %s; skipped", MONTHLY_FILE, dir);
            }
            Path published = dir.resolve(PUBLISHED_FILE);
            if (Files.isReadable(published)) {
                created.addAll(loadPublished(Files.readAllLines(published, StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException e) {
            // Demo data is a convenience: the service must start without it.
            LOG.warnf("Demo data could not be loaded: %s", e.getClass().getSimpleName());
        }
        if (!created.isEmpty()) {
            LOG.infof("Demo data: created series %s", created);
        }
        return created;
    }

    private List<String> loadMonthly(String body) {
        CsvRows.Parsed parsed = CsvRows.parse(body, null);
        Map<String, Map<Period, Long>> points = new LinkedHashMap<>();
        for (CsvRows.Row row : parsed.rows()) {
            var period = Period.parse(Granularity.MONTH, row.period());
            if (DEMO.containsKey(row.series()) && period.isPresent() && row.count().matches("\\d+")) {
                points.computeIfAbsent(row.series(), k -> new LinkedHashMap<>())
                        .put(period.get(), Long.parseLong(row.count()));
            }
        }
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, Map<Period, Long>> e : points.entrySet()) {
            Demo demo = DEMO.get(e.getKey());
            NewSeries definition = new NewSeries(e.getKey(), demo.organisation(), demo.caseType(), null, Granularity.MONTH,
                    "contacts", demo.definition(), "data/" + MONTHLY_FILE + " in the repository (data/README.md)",
                    true, SYNTHETIC_LABEL);
            if (series.createIfAbsent(definition, e.getValue(), AUDITED_AS)) {
                created.add(e.getKey());
            }
        }
        return created;
    }

    /** Real published totals, one series per source series; definitions differ per row, so all are kept. */
    private List<String> loadPublished(List<String> lines) {
        record Published(Organisation organisation, Granularity granularity, Map<Period, Long> points,
                Set<String> definitions, Set<String> sources) {
        }
        Map<String, Published> bySeries = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", 6);
            if (cells.length < 6) {
                continue;
            }
            var granularity = Period.granularityOf(cells[2].strip());
            Organisation organisation;
            try {
                organisation = Organisation.valueOf(cells[0].strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (granularity.isEmpty() || !cells[3].strip().matches("\\d+")) {
                continue;
            }
            String id = PUBLISHED_PREFIX + cells[1].strip();
            Published p = bySeries.computeIfAbsent(id, k -> new Published(organisation, granularity.get(),
                    new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (p.granularity() != granularity.get()) {
                continue;
            }
            Period.parse(granularity.get(), cells[2].strip())
                    .ifPresent(period -> p.points().put(period, Long.parseLong(cells[3].strip())));
            p.definitions().add(cells[4].strip() + " (" + cells[2].strip() + ")");
            p.sources().add(cells[5].strip());
        }
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, Published> e : bySeries.entrySet()) {
            Published p = e.getValue();
            String code = e.getKey().substring(PUBLISHED_PREFIX.length());
            CaseType caseType = code.equals("CSG_ACUTE") ? CaseType.CSG_ACUTE
                    : code.equals("CSG_NON_ACUTE") ? CaseType.CSG_NON_ACUTE : null;
            NewSeries definition = new NewSeries(e.getKey(), p.organisation(), caseType, null, p.granularity(), "count",
                    clip("Published totals; definitions differ between sources: " + String.join("; ", p.definitions())),
                    clip(String.join(" ", p.sources())), false, "published figures");
            if (series.createIfAbsent(definition, p.points(), AUDITED_AS)) {
                created.add(e.getKey());
            }
        }
        return created;
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    /** The caseType a series stands for in projections: its own, or the demo series' mapping. */
    public static CaseType caseTypeOf(SeriesEntity s) {
        if (s.caseType != null) {
            return s.caseType;
        }
        Demo demo = DEMO.get(s.id);
        return demo == null ? null : demo.caseType();
    }
}
