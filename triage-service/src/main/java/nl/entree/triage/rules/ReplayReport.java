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
 * @param leftOut          past cases (of the region, if any) that from/to left out; null in a report made before
 *                         these were counted
 * @param changed          cases whose lead would change
 * @param decisionsChanged cases whose decision would change in any field below
 * @param fields           per field, how many would change, with a few of them as examples; a reader is shown only
 *                         the examples of cases they may read
 */
public record ReplayReport(int version, Region region, LocalDate from, LocalDate to, long evaluated, Long leftOut,
        long unchanged, long changed, long decisionsChanged, List<LeadChange> changes, List<FieldChange> fields) {

    /**
     * Whether a national activation may rest on this report: the version will decide every region's cases, so the
     * evidence must have looked at all the past cases. On a fresh installation that is none, and it still counts.
     */
    boolean seesEveryPastCase() {
        return region == null && (leftOut == null ? from == null && to == null : leftOut == 0);
    }

    public record LeadChange(Organisation from, Organisation to, long count) {
    }

    @Schema(description = "One field of the decision: leadOrganisation, caseType, priority, respondBy, "
            + "supportingOrganisations, or milestones (each one the active milestone plan gives the case type, with "
            + "its due moment, or its term where that does not depend on the decision)")
    public record FieldChange(String field, long changed, List<Example> examples) {
    }

    @Schema(description = "A case whose field would change: its value at triage time and under the candidate. "
            + "Only cases the caller may read (GET /api/cases/{id}) are shown, each read audited")
    public record Example(UUID caseId, String reference, String before, String after) {
    }
}
