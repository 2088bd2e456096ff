package nl.entree.web.cases;

import java.time.LocalDate;

/** What the user typed into the case page's forms, drawn again when a post is refused so that nothing is lost. */
public record CaseForm(String reason, String outcome, String time, String date, String activity, String milestone,
        String doneOn, String organisation, String kind, String step) {

    static CaseForm empty(LocalDate today) {
        return new CaseForm("", "", "", today.toString(), "CASEMANAGEMENT", "", today.toString(), "", "", "");
    }

    /** An hours entry as typed, or as it stands when it is being corrected. */
    static CaseForm hours(String time, String date, String activity) {
        return new CaseForm("", "", time, date, activity, "", "", "", "", "");
    }

    CaseForm withReason(String typed) {
        return new CaseForm(typed, outcome, time, date, activity, milestone, doneOn, organisation, kind, step);
    }

    CaseForm withOutcome(String typed) {
        return new CaseForm(reason, typed, time, date, activity, milestone, doneOn, organisation, kind, step);
    }

    CaseForm withMilestone(String typedMilestone, String typedDoneOn) {
        return new CaseForm(reason, outcome, time, date, activity, typedMilestone, typedDoneOn, organisation, kind,
                step);
    }

    CaseForm withSupporter(String typedOrganisation, String typedReason) {
        return new CaseForm(typedReason, outcome, time, date, activity, milestone, doneOn, typedOrganisation, kind,
                step);
    }

    /** A referral's kind and day, or a step of one with its day and reason; the day reuses {@code date}. */
    CaseForm withReferral(String typedKind, String typedStep, String typedDate, String typedReason) {
        return new CaseForm(typedReason, outcome, time, typedDate, activity, milestone, doneOn, organisation,
                typedKind, typedStep);
    }
}
