package nl.entree.help.backend;

import java.util.Set;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * intake's {@code QuestionRequest}: the question and the finder's answers, which route it. {@code immediateDanger} is
 * the first answer, "Ja, iemand is nu in gevaar": without it a question from someone in danger waits like any other.
 * {@code setting} is sent as the advice was evaluated with it, so that the question reaches the organisation the advice
 * named (null when the finder's answer was left out: intake reads it as UNKNOWN, as triage's evaluate does).
 */
public record QuestionToAsk(String question, CallerRole callerRole, Set<IncidentType> incidentTypes, Setting setting,
        TimeSinceIncident timeSinceIncident, VictimAgeGroup victimAgeGroup, Region region, boolean immediateDanger) {

    @Override
    public String toString() {
        return "QuestionToAsk[not shown]";
    }
}
