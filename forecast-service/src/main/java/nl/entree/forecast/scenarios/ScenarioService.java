package nl.entree.forecast.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.entree.common.audit.AuditResult;
import nl.entree.common.audit.AuditTrail;
import nl.entree.common.db.TransactionLock;
import nl.entree.common.problem.Problem;
import nl.entree.common.problem.ProblemException;
import nl.entree.forecast.scenarios.ScenarioApi.Effect;
import nl.entree.forecast.scenarios.ScenarioApi.NewScenario;
import nl.entree.forecast.scenarios.ScenarioApi.ScenarioView;

@ApplicationScoped
public class ScenarioService {

    static final String SCENARIO = "scenario";
    static final String SCENARIO_CREATE = "SCENARIO_CREATE";

    private final ScenarioRepository scenarios;
    private final TransactionLock locks;
    private final AuditTrail audit;

    public ScenarioService(ScenarioRepository scenarios, AuditTrail audit, TransactionLock locks) {
        this.scenarios = scenarios;
        this.audit = audit;
        this.locks = locks;
    }

    public List<ScenarioView> list() {
        return scenarios.allById().stream().map(ScenarioService::view).toList();
    }

    public Optional<ScenarioView> find(long id) {
        return scenarios.findByIdOptional(id).map(ScenarioService::view);
    }

    /** The scenario by name; blank means the baseline, even if someone deleted its row. */
    public Scenario byName(String name) {
        if (name == null || name.isBlank()) {
            return scenarios.byName(Scenario.BASELINE).map(ScenarioService::scenario)
                    .orElse(new Scenario(Scenario.BASELINE, List.of()));
        }
        return scenarios.byName(name.strip()).map(ScenarioService::scenario)
                .orElseThrow(() -> ProblemException.badRequest("scenario", "there is no scenario named '"
                        + (name.length() > 60 ? name.substring(0, 60) + "…" : name) + "'; see GET /api/scenarios"));
    }

    @Transactional
    public ScenarioView create(NewScenario request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.effects().size(); i++) {
            Effect e = request.effects().get(i);
            if (e.kind() == EffectKind.PEAK && e.months() == null) {
                violations.add(new Problem.Violation("effects[" + i + "].months", "a PEAK needs its number of months"));
            }
            if (e.kind() == EffectKind.STEP && e.months() != null) {
                violations.add(new Problem.Violation("effects[" + i + "].months", "a STEP lasts; leave months out"));
            }
            if (e.series() != null) {
                for (String id : e.series()) {
                    if (id != null && !id.matches(nl.entree.forecast.series.SeriesApi.ID_PATTERN)) {
                        violations.add(new Problem.Violation("effects[" + i + "].series", "not a series id"));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        String name = request.name().strip();
        locks.hold("scenario:" + name);
        if (scenarios.byName(name).isPresent()) {
            throw ProblemException.conflict("A scenario named '" + name + "' exists already.");
        }
        ScenarioEntity s = new ScenarioEntity();
        s.name = name;
        s.description = request.description();
        for (int i = 0; i < request.effects().size(); i++) {
            Effect e = request.effects().get(i);
            ScenarioEffectEntity entity = new ScenarioEffectEntity();
            entity.scenario = s;
            entity.position = i;
            entity.kind = e.kind();
            entity.startMonth = e.from().atDay(1);
            entity.months = e.months();
            entity.percent = e.percent();
            entity.organisations = e.organisations() == null ? List.of()
                    : e.organisations().stream().distinct().toList();
            entity.seriesIds = e.series() == null ? List.of() : e.series().stream().distinct().toList();
            s.effects.add(entity);
        }
        scenarios.persist(s);
        audit.record(SCENARIO_CREATE, SCENARIO, s.id, AuditResult.OK);
        return view(s);
    }

    private static Scenario scenario(ScenarioEntity s) {
        return new Scenario(s.name, effects(s));
    }

    private static ScenarioView view(ScenarioEntity s) {
        return new ScenarioView(s.id, s.name, s.description, effects(s));
    }

    private static List<Effect> effects(ScenarioEntity s) {
        return s.effects.stream().map(e -> new Effect(e.kind, YearMonth.from(e.startMonth), e.months, e.percent,
                List.copyOf(e.organisations), List.copyOf(e.seriesIds))).toList();
    }
}
