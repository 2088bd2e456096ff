package nl.entree.triage.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/**
 * What a candidate rule set would have done to past cases: their whole decisions compared field by field. The lead
 * changes are also counted per from→to pair, where null means "no lead: review".
 *
 * @param region           the region of a region-bound coordinator's replay; null for every region
 * @param changed          cases whose lead would change
 * @param decisionsChanged cases whose decision would change in any field below
 * @param fields           per field, how many would change, with a few of them as examples; a reader is shown only
 *                         the examples of cases they may read
 */
public record ReplayReport(int version, Region region, LocalDate from, LocalDate to, long evaluated, long unchanged,
        long changed, long decisionsChanged, List<LeadChange> changes, List<FieldChange> fields) {

    public record LeadChange(Organisation from, Organisation to, long count) {
    }

    @Schema(description = "One field of the decision: leadOrganisation, caseType, priority, respondBy, "
            + "supportingOrganisations, or milestones (the codes the active milestone plan gives the case type)")
    public record FieldChange(String field, long changed, List<Example> examples) {
    }

    @Schema(description = "A case whose field would change: its value at triage time and under the candidate. "
            + "Only cases the caller may read (GET /api/cases/{id}) are shown, each read audited")
    public record Example(UUID caseId, String reference, String before, String after) {
    }
}
