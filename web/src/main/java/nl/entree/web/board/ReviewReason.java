package nl.entree.web.board;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CaseView;

/**
 * Why a case waits for a coordinator, read from its history: the organisation that declined it and its reason, or,
 * without one, that the rules named no lead.
 */
public record ReviewReason(Organisation declinedBy, String reason) {

    static ReviewReason of(CaseView caseView) {
        ReviewReason why = new ReviewReason(null, null);
        if (caseView.history() != null) {
            for (CaseView.HistoryEntry h : caseView.history()) {
                if (h.toStatus() == CaseStatus.NEEDS_REVIEW) {
                    why = new ReviewReason(h.fromLead(), h.reason());
                }
            }
        }
        return why;
    }
}
