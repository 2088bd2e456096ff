package nl.entree.intake.questions;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CallerRole;
import nl.entree.common.vocabulary.IncidentType;
import nl.entree.common.vocabulary.Region;
import nl.entree.common.vocabulary.Setting;
import nl.entree.common.vocabulary.TimeSinceIncident;
import nl.entree.common.vocabulary.VictimAgeGroup;

/**
 * {@code POST /api/questions}, from the public front door: a question and the help finder's answers, which route it.
 * Nothing in it names anyone.
 */
@Schema(name = "QuestionRequest", description = "An anonymous question from the public front door")
public record QuestionRequest(
        @Schema(description = "Plain text, without links or HTML. Refused with a 400 whose type names the reason: "
                + "urn:entree:problem:question-empty, question-too-long, question-has-link or question-has-markup",
                minLength = 1, maxLength = QuestionText.MAX_LENGTH)
        @NotNull
        String question,
        @NotNull CallerRole callerRole,
        @NotEmpty(message = "at least one incident type is required") Set<@NotNull IncidentType> incidentTypes,
        @Schema(description = "The finder's answer to where it happened; absent is UNKNOWN. The same as the advice "
                + "the person was shown was evaluated with, so that the question reaches the organisation it named")
        Setting setting,
        TimeSinceIncident timeSinceIncident,
        VictimAgeGroup victimAgeGroup,
        Region region,
        @Schema(description = "The finder's first answer: someone is in danger now. Absent is false. The contact "
                + "carries it, so that triage gives the question the priority of an emergency")
        boolean immediateDanger) {

    @Override
    public String toString() {
        return "QuestionRequest[not shown]";
    }
}
