package nl.entree.web.board;

import nl.entree.common.contract.CaseStatus;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.web.backend.CaseView;

/**
 * Why a case waits for a coordinator, read from its history: the organisation that declined it and its reason, or,
 * without one, that the rules named no lead. Only the status changes count, as in triage's own review reasons: an
 * event about a supporter or a milestone leaves the status as it was and would hide the decline, and a case that
 * left review since waits for no reason of then.
 */
public record ReviewReason(Organisation declinedBy, String reason) {

    static ReviewReason of(CaseView caseView) {
        ReviewReason why = new ReviewReason(null, null);
        if (caseView.history() != null) {
            for (CaseView.HistoryEntry h : caseView.history()) {
                if (h.event() == null) {
                    why = h.toStatus() == CaseStatus.NEEDS_REVIEW ? new ReviewReason(h.fromLead(), h.reason())
                            : new ReviewReason(null, null);
                }
            }
        }
        return why;
    }
}
