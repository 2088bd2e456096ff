package nl.entree.help.finder;

import java.util.List;
import java.util.Set;

import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.help.backend.ReachOption;

/**
 * What the help finder answers: the organisation that fits (null when the rules leave it to a professional), why, and
 * how to reach it. {@code options} comes from the directory as it is; {@code directoryDown} when it could not be
 * asked, so the page says so instead of showing nothing.
 */
public record Advice(Organisation lead, CaseType caseType, boolean acute, boolean emergency,
        Set<Organisation> supporting, Region region, List<ReachOption> options, boolean directoryDown) {

    public boolean fits() {
        return lead != null;
    }

    /**
     * Whether the CSG is advised as not acute after sexual violence only because the person did not say when it
     * happened: a week ago or less, medical care and keeping traces are still possible, as triage's own
     * unknownTiming text warns, and the rules cannot see that without the answer. Harassment has no traces to keep.
     */
    public boolean mayStillBeAcute(Answers answers) {
        return lead == Organisation.CSG && !acute && IncidentType.anySexualViolence(answers.what())
                && (answers.when() == null || answers.when() == TimeSinceIncident.UNKNOWN);
    }

    public boolean regionKnown() {
        return region != null;
    }

    /** Whether every way in serves the whole country (none at all included): then none is near or far. */
    public boolean onlyNational() {
        return options.stream().allMatch(ReachOption::national);
    }

    /** Whether any of the ways in is not yet confirmed by its organisation: said once, above them. */
    public boolean checkBeforeUse() {
        return options.stream().anyMatch(ReachOption::checkBeforeUse);
    }

    /**
     * Whether every way in the person can take is known to be closed at this moment. Hours that are unknown are not
     * closed: telling someone that nobody is open, and to call 112, when a line may well be open would send them
     * away. A chat without an address or a line without a number is no way in at any hour: it counts as closed, and
     * when every way listed is like that, nobody can be reached now either.
     */
    public boolean nobodyOpen() {
        return !options.isEmpty() && options.stream().filter(ReachOption::wayIn)
                .allMatch(o -> o.openness() != null && o.openness().closed());
    }
}
