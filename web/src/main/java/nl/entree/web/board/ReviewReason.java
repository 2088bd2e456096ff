package nl.entree.web.board;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.TriageCase;

/**
 * Why a case waits for a coordinator, read from its history: the organisation that declined it and its reason, or,
 * without one, that the rules named no lead.
 */
public record ReviewReason(Organisation declinedBy, String reason) {

    static ReviewReason of(TriageCase caseView) {
        ReviewReason why = new ReviewReason(null, null);
        if (caseView.history() != null) {
            for (TriageCase.HistoryEntry h : caseView.history()) {
                if (h.toStatus() == CaseStatus.NEEDS_REVIEW) {
                    why = new ReviewReason(h.fromLead(), h.reason());
                }
            }
        }
        return why;
    }
}
