package nl.entree.web.board;

import java.util.List;
import java.util.Map;

/**
 * Why a case waits for a coordinator, read from its history: the organisation that declined it and its reason, or,
 * without one, that the rules named no lead.
 */
public record ReviewReason(String declinedBy, String reason) {

    static ReviewReason of(Map<String, Object> caseView) {
        ReviewReason why = new ReviewReason(null, null);
        if (caseView.get("history") instanceof List<?> history) {
            for (Object entry : history) {
                if (entry instanceof Map<?, ?> h && "NEEDS_REVIEW".equals(h.get("toStatus"))) {
                    why = new ReviewReason((String) h.get("fromLead"), (String) h.get("reason"));
                }
            }
        }
        return why;
    }
}
