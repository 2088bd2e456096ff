package nl.entree.capacity.timeentries;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.entree.common.contract.Activity;
import nl.entree.common.vocabulary.CaseType;

/** Hours spent on a case. No free text: the activity is one of a closed list. */
public record TimeEntryRequest(
        @NotNull UUID caseId,
        @NotNull CaseType caseType,
        @NotNull @Min(1) @Max(1440) Integer minutes,
        @NotNull LocalDate date,
        @NotNull Activity activity) {
}
