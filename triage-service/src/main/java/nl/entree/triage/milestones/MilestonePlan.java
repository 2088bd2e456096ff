package nl.entree.triage.milestones;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.common.vocabulary.CaseType;

/** A milestone plan: for each case type, what must happen after routing and by when (docs/triage.md, "Milestones"). */
@Schema(description = "Per case type, the milestones a case must reach after routing; a case type without an entry "
        + "has none")
public record MilestonePlan(
        @NotBlank @Size(max = 2000) String description,
        @NotNull Map<CaseType, @NotNull @Size(max = 20) List<@NotNull @Valid MilestoneTerm>> caseTypes) {

    public List<MilestoneTerm> forCaseType(CaseType caseType) {
        return caseType == null ? List.of() : caseTypes.getOrDefault(caseType, List.of());
    }
}
