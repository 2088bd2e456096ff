package nl.entree.help.backend;

import java.util.Set;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * intake's {@code QuestionRequest}: the question and the finder's answers, which route it. {@code immediateDanger} is
 * the first answer, "Ja, iemand is nu in gevaar": without it a question from someone in danger waits like any other.
 */
public record QuestionToAsk(String question, CallerRole callerRole, Set<IncidentType> incidentTypes,
        TimeSinceIncident timeSinceIncident, VictimAgeGroup victimAgeGroup, Region region, boolean immediateDanger) {

    @Override
    public String toString() {
        return "QuestionToAsk[not shown]";
    }
}
