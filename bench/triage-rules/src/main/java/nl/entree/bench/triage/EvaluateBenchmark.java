package nl.entree.bench.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.entree.common.vocabulary.Assessment;
import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Need;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.TriageDecision;
import nl.entree.common.vocabulary.VictimAgeGroup;
import nl.entree.triage.rules.CompiledRuleSet;
import nl.entree.triage.rules.DefaultRuleSet;

/**
 * Evaluating one assessment against the compiled default rule set, as {@code POST /api/triage/evaluate} does
 * after it has read the active version. A mix of assessments that end at the first, a middle and the last
 * lead rule, and at review, so that no single path flatters the average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {

    private CompiledRuleSet rules;
    private Assessment[] mix;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        rules = DefaultRuleSet.compiled();
        Instant received = Instant.parse("2026-11-29T10:15:00Z");
        mix = new Assessment[] {
            assessment(received, Set.of(IncidentType.RAPE), Setting.PUBLIC, LocalDate.parse("2026-11-27"), null,
                    VictimAgeGroup.ADULT, Set.of(Need.MEDICAL, Need.FORENSIC), Channel.CHAT, false),
            assessment(received, Set.of(IncidentType.SEXUAL_HARASSMENT), Setting.HOME, null,
                    TimeSinceIncident.MORE_THAN_7_DAYS, VictimAgeGroup.AGE_12_17, Set.of(Need.PSYCHOLOGICAL),
                    Channel.PHONE, false),
            assessment(received, Set.of(IncidentType.SEXTORTION, IncidentType.IMAGE_BASED_ABUSE), Setting.ONLINE,
                    null, TimeSinceIncident.UNKNOWN, VictimAgeGroup.AGE_12_17, Set.of(Need.CONTENT_REMOVAL),
                    Channel.SELF_CHECK, false),
            assessment(received, Set.of(IncidentType.SEXUAL_ASSAULT), Setting.SPORT, null,
                    TimeSinceIncident.UNKNOWN, VictimAgeGroup.ADULT, Set.of(Need.LEGAL), Channel.POLICE_REFERRAL, true),
            assessment(received, Set.of(IncidentType.SEXUAL_HARASSMENT), Setting.WORK, null,
                    TimeSinceIncident.MORE_THAN_7_DAYS, VictimAgeGroup.ADULT, Set.of(Need.PRACTICAL), Channel.EMAIL,
                    false),
            assessment(received, Set.of(IncidentType.OTHER), Setting.UNKNOWN, null, TimeSinceIncident.UNKNOWN,
                    VictimAgeGroup.UNKNOWN, Set.of(Need.INFORMATION), Channel.CHAT, false),
        };
    }

    @Benchmark
    public TriageDecision evaluateOne() {
        Assessment a = mix[next];
        next = next + 1 == mix.length ? 0 : next + 1;
        return rules.evaluate(a);
    }

    @Benchmark
    public CompiledRuleSet compileDefaultRuleSet() {
        return nl.entree.triage.rules.RuleSetCompiler.compile(DefaultRuleSet.document(), 1);
    }

    private static Assessment assessment(Instant received, Set<IncidentType> types, Setting setting,
            LocalDate incidentDate, TimeSinceIncident timing, VictimAgeGroup age, Set<Need> needs, Channel channel,
            boolean danger) {
        return new Assessment(received, channel, CallerRole.VICTIM, true, types, setting, incidentDate, timing, age,
                Region.VR13, needs, danger, true, null);
    }
}
