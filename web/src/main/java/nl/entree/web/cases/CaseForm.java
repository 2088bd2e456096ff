package nl.entree.web.cases;

import java.time.LocalDate;

/**
 * What the user typed into the case page's forms, drawn again when a post is refused so that nothing is lost.
 * {@code hoursKey} is the hours form's own key: sent again (a double click, a retry after a timeout), the same hours
 * are booked once. Null until a post brings one back; the page then draws a new one.
 */
public record CaseForm(String reason, String outcome, String time, String date, String activity, String milestone,
        String doneOn, String organisation, String kind, String step, String hoursKey) {

    static CaseForm empty(LocalDate today) {
        return new CaseForm("", "", "", today.toString(), "CASEMANAGEMENT", "", today.toString(), "", "", "",
                null);
    }

    /** An hours entry as typed, or as it stands when it is being corrected. */
    static CaseForm hours(String time, String date, String activity) {
        return new CaseForm("", "", time, date, activity, "", "", "", "", "", null);
    }

    CaseForm withHoursKey(String key) {
        return new CaseForm(reason, outcome, time, date, activity, milestone, doneOn, organisation, kind, step, key);
    }

    CaseForm withReason(String typed) {
        return new CaseForm(typed, outcome, time, date, activity, milestone, doneOn, organisation, kind, step,
                hoursKey);
    }

    CaseForm withOutcome(String typed) {
        return new CaseForm(reason, typed, time, date, activity, milestone, doneOn, organisation, kind, step,
                hoursKey);
    }

    CaseForm withMilestone(String typedMilestone, String typedDoneOn) {
        return new CaseForm(reason, outcome, time, date, activity, typedMilestone, typedDoneOn, organisation, kind,
                step, hoursKey);
    }

    CaseForm withSupporter(String typedOrganisation, String typedReason) {
        return new CaseForm(typedReason, outcome, time, date, activity, milestone, doneOn, typedOrganisation, kind,
                step, hoursKey);
    }

    /** A referral's kind and day, or a step of one with its day and reason; the day reuses {@code date}. */
    CaseForm withReferral(String typedKind, String typedStep, String typedDate, String typedReason) {
        return new CaseForm(typedReason, outcome, time, typedDate, activity, milestone, doneOn, organisation,
                typedKind, typedStep, hoursKey);
    }
}
