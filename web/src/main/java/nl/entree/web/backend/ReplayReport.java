package nl.entree.web.backend;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;

/** triage's {@code POST /api/rule-sets/{version}/replay}: what a rule set would have decided on past cases. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplayReport(int version, Region region, LocalDate from, LocalDate to, long evaluated, long unchanged,
        long changed, long decisionsChanged, List<LeadChange> changes, List<FieldChange> fields) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeadChange(Organisation from, Organisation to, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldChange(String field, long changed, List<Example> examples) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Example(UUID caseId, String reference, String before, String after) {
    }
}
