package nl.entree.web.cases;

import java.time.LocalDate;

/** What the user typed into the case page's forms, drawn again when a post is refused so that nothing is lost. */
public record CaseForm(String reason, String outcome, String time, String date, String activity) {

    static CaseForm empty(LocalDate today) {
        return new CaseForm("", "", "", today.toString(), "CASEMANAGEMENT");
    }

    CaseForm withReason(String typed) {
        return new CaseForm(typed, outcome, time, date, activity);
    }

    CaseForm withOutcome(String typed) {
        return new CaseForm(reason, typed, time, date, activity);
    }
}
