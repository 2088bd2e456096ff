package nl.entree.capacity.empirical;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.entree.capacity.norms.NormView;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;

/**
 * Hours registered per closed case, next to the registered norm. The differences are null where no norm is
 * registered: there is nothing to compare with, and that is said rather than hidden.
 */
@Schema(name = "EmpiricalNorms")
public record EmpiricalNorms(Organisation organisation, LocalDate from, LocalDate to, List<Row> rows) {

    /**
     * @param closedCases        cases closed in the period, as triage reports them
     * @param n                  of those, cases with registered hours: the sample
     * @param casesWithoutHours  closed cases with no hours registered, left out of the sample
     * @param suppressed         true when a ministry asked and some figure is hidden: fewer than 10 closed cases
     *                           hide every figure; fewer than 10 with or without hours hide n and
     *                           casesWithoutHours (either gives the other from closedCases), and with fewer than
     *                           10 in the sample the hours too
     */
    public record Row(
            CaseType caseType,
            Long closedCases,
            Long n,
            Long casesWithoutHours,
            Double meanHours,
            Double medianHours,
            Double p80Hours,
            NormView norm,
            Double meanMinusExpected,
            Double medianMinusExpected,
            Double p80MinusHigh,
            boolean suppressed) {
    }
}
