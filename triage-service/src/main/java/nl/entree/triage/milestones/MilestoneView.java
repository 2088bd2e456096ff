package nl.entree.triage.milestones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;

@Schema(description = "A milestone of a case: its term, who records it, when it is due and whether it was done")
public record MilestoneView(
        String code,
        String name,
        MilestoneState state,
        @Schema(description = "The organisation that records it (the plan's recordedBy while it is on the case, "
                + "else the lead), or for a done one the organisation that recorded it, which corrects it")
        Organisation organisation,
        MilestoneTerm.Anchor from,
        String after,
        @Schema(description = "The name of the milestone named in after") String afterName,
        @Schema(implementation = String.class) Period term,
        MilestoneTerm.Basis basis,
        boolean statutory,
        String source,
        int planVersion,
        @Schema(description = "Null while the event its term runs from has not happened") Instant dueAt,
        Instant atRiskFrom,
        LocalDate doneOn,
        Instant recordedAt,
        String recordedBy,
        Organisation recordedByOrganisation) {

    /**
     * WAITING: the event its term runs from has not happened; AT_RISK: from atRiskFrom (its warning before the due
     * moment, never in the first half of its term) to the due moment; NOT_DONE: the case was closed without it.
     */
    public enum MilestoneState {
        WAITING, OPEN, AT_RISK, OVERDUE, DONE, NOT_DONE
    }
}
