package nl.entree.triage.rules;

import static nl.entree.triage.Api.evaluate;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.triage.AssessmentBuilder;

/** Each row of ARCHITECTURE.md's tables, through {@code POST /api/triage/evaluate} under version 1. */
@QuarkusTest
class DefaultRuleSetTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z");

    private static AssessmentBuilder received() {
        return AssessmentBuilder.assessment().receivedAt(RECEIVED);
    }

    @Test
    void acuteSexualViolenceGoesToCsgWithinTheHour() {
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").needs("MEDICAL", "FORENSIC"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("caseType", equalTo("CSG_ACUTE"))
                .body("priority", equalTo("ACUTE"))
                .body("acute", equalTo(true))
                .body("emergency", equalTo(false))
                .body("respondBy", equalTo("2026-11-20T11:15:00Z"))
                .body("ruleSetVersion", equalTo(1))
                .body("matchedRules", contains("acute-sexual-violence"))
                .body("supportingOrganisations", empty())
                .body("rationale[0]", containsString("CSG acute casemanagement"))
                .body("rationaleNl[0]", containsString("acuut casemanagement door het CSG"));
    }

    @Test
    void acutenessIsDerivedFromTheIncidentDateOverWhatWasStated() {
        evaluate(received().types("SEXUAL_ASSAULT").incidentDate(LocalDate.parse("2026-11-18")))
                .statusCode(200).body("caseType", equalTo("CSG_ACUTE")).body("acute", equalTo(true));
        evaluate(received().types("SEXUAL_ASSAULT").incidentDate(LocalDate.parse("2026-11-10"))
                .with("timeSinceIncident", "WITHIN_7_DAYS"))
                .statusCode(200).body("caseType", equalTo("CSG_NON_ACUTE")).body("acute", equalTo(false));
        // A week ago to the day may be six days and some hours ago: acute. The day before that is 7 days or more.
        evaluate(received().types("SEXUAL_ASSAULT").incidentDate(LocalDate.parse("2026-11-13"))
                .with("timeSinceIncident", "MORE_THAN_7_DAYS"))
                .statusCode(200).body("caseType", equalTo("CSG_ACUTE")).body("acute", equalTo(true));
        evaluate(received().types("SEXUAL_ASSAULT").incidentDate(LocalDate.parse("2026-11-12")))
                .statusCode(200).body("caseType", equalTo("CSG_NON_ACUTE")).body("acute", equalTo(false));
    }

    @Test
    void exploitationGoesToFier() {
        evaluate(received().types("EXPLOITATION"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("FIER"))
                .body("caseType", equalTo("FIER_CASE"))
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo("2026-11-21T10:15:00Z"))
                .body("matchedRules", hasItem("exploitation"))
                .body("supportingOrganisations", not(hasItem("FIER")));
    }

    @Test
    void domesticViolenceGoesToVeiligThuisWithinFiveDays() {
        evaluate(received().types("DOMESTIC_VIOLENCE").setting("HOME"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("VT"))
                .body("caseType", equalTo("VT_SAFETY_ASSESSMENT"))
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo("2026-11-25T10:15:00Z"))
                .body("matchedRules", contains("child-or-domestic"));
    }

    @Test
    void fiveDaysAcrossTheEndOfSummerTimeEndAtTheSameDutchClockTime() {
        // Friday 23 October 2026, 12:00 in Amsterdam (summer time); the clocks go back on the 25th. Five days on is
        // Wednesday 28 October, 12:00 in Amsterdam (winter time) = 11:00 UTC, not 120 hours later (10:00 UTC).
        evaluate(AssessmentBuilder.assessment().receivedAt(Instant.parse("2026-10-23T10:00:00Z"))
                .types("DOMESTIC_VIOLENCE").setting("HOME"))
                .statusCode(200)
                .body("caseType", equalTo("VT_SAFETY_ASSESSMENT"))
                .body("respondBy", equalTo("2026-10-28T11:00:00Z"));
    }

    @Test
    void twentyFourHoursAcrossAChangeOfTheClocksAreTwentyFourHours() {
        // Saturday 24 October 2026, 10:00 in Amsterdam (summer time); the clocks go back that night. 24 hours on is
        // Sunday 09:00 in Amsterdam (winter time), not 10:00, which would be 25 hours.
        evaluate(AssessmentBuilder.assessment().receivedAt(Instant.parse("2026-10-24T08:00:00Z"))
                .types("SEXTORTION").setting("UNKNOWN"))
                .statusCode(200)
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo("2026-10-25T08:00:00Z"));
        // Saturday 28 March 2026, 10:00 in Amsterdam (winter time); the clocks go forward that night. 24 hours on is
        // Sunday 11:00 in Amsterdam (summer time), not 10:00, which would be 23 hours.
        evaluate(AssessmentBuilder.assessment().receivedAt(Instant.parse("2026-03-28T09:00:00Z"))
                .types("EXPLOITATION"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("FIER"))
                .body("respondBy", equalTo("2026-03-29T09:00:00Z"));
    }

    @Test
    void theReviewsDayAcrossTheEndOfSummerTimeEndsAtTheSameDutchClockTime() {
        // P1D is a day on the calendar: Saturday 10:00 in Amsterdam to Sunday 10:00, 25 hours that weekend.
        evaluate(AssessmentBuilder.assessment().receivedAt(Instant.parse("2026-10-24T08:00:00Z"))
                .types("OTHER").needs("INFORMATION"))
                .statusCode(200)
                .body("matchedRules", contains("review"))
                .body("respondBy", equalTo("2026-10-25T09:00:00Z"));
    }

    @Test
    void childAbuseGoesToVeiligThuis() {
        evaluate(received().types("CHILD_ABUSE").setting("OTHER").age("UNKNOWN"))
                .statusCode(200).body("leadOrganisation", equalTo("VT"));
    }

    @Test
    void aSexualTypeAtHomeWithAMinorGoesToVeiligThuis() {
        evaluate(received().types("SEXUAL_HARASSMENT").setting("HOME").age("AGE_12_17"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("VT"))
                .body("supportingOrganisations", not(hasItem("VT")));
        evaluate(received().types("SEXUAL_ABUSE").setting("HOME").age("UNDER_12"))
                .statusCode(200).body("leadOrganisation", equalTo("VT"));
        evaluate(received().types("SEXUAL_HARASSMENT").setting("HOME").age("ADULT"))
                .statusCode(200).body("leadOrganisation", equalTo("SHN"));
    }

    @Test
    void sportGoesToCvsn() {
        evaluate(received().types("SEXUAL_HARASSMENT").setting("SPORT"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CVSN"))
                .body("caseType", equalTo("CVSN_CASE"))
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo("2026-11-25T10:15:00Z"))
                .body("supportingOrganisations", not(hasItem("CVSN")));
    }

    @Test
    void onlineAbuseGoesToHelpwantedInFiveDays() {
        evaluate(received().types("IMAGE_BASED_ABUSE").setting("ONLINE"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("HELPWANTED"))
                .body("caseType", equalTo("HELPWANTED_ADVICE"))
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo("2026-11-25T10:15:00Z"))
                .body("matchedRules", contains("online"));
    }

    @Test
    void anOnlineSettingAloneGoesToHelpwanted() {
        evaluate(received().types("SEXUAL_HARASSMENT").setting("ONLINE"))
                .statusCode(200).body("leadOrganisation", equalTo("HELPWANTED"));
    }

    @Test
    void sextortionIsHighWithin24Hours() {
        evaluate(received().types("SEXTORTION").setting("UNKNOWN"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("HELPWANTED"))
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo("2026-11-21T10:15:00Z"))
                .body("rationale", hasItem(containsString("24 hours")))
                .body("rationaleNl", hasItem(containsString("binnen 24 uur")))
                .body("rationaleNl.size()", equalTo(2));
    }

    @Test
    void contentRemovalIsHighWithin24HoursAndHelpwantedIsNotAlsoSupporting() {
        evaluate(received().types("ONLINE_GROOMING").needs("CONTENT_REMOVAL"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("HELPWANTED"))
                .body("priority", equalTo("HIGH"))
                .body("respondBy", equalTo("2026-11-21T10:15:00Z"))
                .body("supportingOrganisations", not(hasItem("HELPWANTED")));
    }

    @Test
    void sexualViolenceLongAgoGoesToCsgNonAcute() {
        evaluate(received().types("SEXUAL_ASSAULT").timing("MORE_THAN_7_DAYS"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("caseType", equalTo("CSG_NON_ACUTE"))
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo("2026-11-25T10:15:00Z"))
                .body("matchedRules", contains("sexual-violence"));
    }

    @Test
    void harassmentPoliceReferralsAndLegalOrPracticalNeedsGoToShn() {
        evaluate(received().types("SEXUAL_HARASSMENT"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("SHN"))
                .body("caseType", equalTo("SHN_SUPPORT"))
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo("2026-11-25T10:15:00Z"))
                .body("matchedRules", hasItem("victim-support"));
        evaluate(received().types("OTHER").channel("POLICE_REFERRAL"))
                .statusCode(200).body("leadOrganisation", equalTo("SHN"));
        evaluate(received().types("OTHER").needs("LEGAL"))
                .statusCode(200).body("leadOrganisation", equalTo("SHN"));
        evaluate(received().types("OTHER").needs("PRACTICAL"))
                .statusCode(200).body("leadOrganisation", equalTo("SHN"))
                .body("supportingOrganisations", not(hasItem("SHN")));
    }

    @Test
    void whatNoRuleMatchesIsReviewedByCoordinatorsWithinADay() {
        evaluate(received().types("OTHER").needs("INFORMATION"))
                .statusCode(200)
                .body("leadOrganisation", nullValue())
                .body("caseType", nullValue())
                .body("priority", equalTo("NORMAL"))
                .body("respondBy", equalTo("2026-11-21T10:15:00Z"))
                .body("matchedRules", contains("review"))
                .body("rationale[0]", containsString("coordinator reviews"));
    }

    @Test
    void aMinorAtHomeAddsVeiligThuis() {
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").setting("HOME").age("UNDER_12"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("supportingOrganisations", contains("VT"))
                .body("matchedRules", contains("acute-sexual-violence", "support-vt-minor-at-home"))
                .body("rationale", hasItem(containsString("Veilig Thuis supports")));
    }

    @Test
    void sportAddsCvsn() {
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").setting("SPORT"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("supportingOrganisations", contains("CVSN"));
    }

    @Test
    void exploitationAddsFier() {
        evaluate(received().types("RAPE", "EXPLOITATION").timing("WITHIN_7_DAYS"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("supportingOrganisations", contains("FIER"));
    }

    @Test
    void legalOrPracticalNeedsOrAPoliceReferralAddShn() {
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").needs("LEGAL"))
                .statusCode(200).body("supportingOrganisations", contains("SHN"));
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").needs("PRACTICAL"))
                .statusCode(200).body("supportingOrganisations", contains("SHN"));
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").channel("POLICE_REFERRAL"))
                .statusCode(200).body("supportingOrganisations", contains("SHN"));
    }

    @Test
    void contentRemovalAddsHelpwanted() {
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").needs("CONTENT_REMOVAL"))
                .statusCode(200).body("supportingOrganisations", contains("HELPWANTED"));
    }

    @Test
    void aSexualTypeWithPsychologicalNeedsAddsCsg() {
        evaluate(received().types("SEXUAL_HARASSMENT").setting("SPORT").needs("PSYCHOLOGICAL"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CVSN"))
                .body("supportingOrganisations", contains("CSG"));
        evaluate(received().types("DOMESTIC_VIOLENCE").needs("PSYCHOLOGICAL"))
                .statusCode(200).body("supportingOrganisations", not(hasItem("CSG")));
    }

    @Test
    void supportingOrganisationsAccumulate() {
        evaluate(received().types("SEXUAL_ABUSE").timing("WITHIN_7_DAYS").setting("SPORT")
                .needs("LEGAL", "CONTENT_REMOVAL", "PSYCHOLOGICAL"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("supportingOrganisations", containsInAnyOrder("CVSN", "SHN", "HELPWANTED"));
    }

    @Test
    void immediateDangerIsAnEmergencyWithAdviceToCall112AndStillALead() {
        evaluate(received().types("RAPE").timing("WITHIN_7_DAYS").danger())
                .statusCode(200)
                .body("emergency", equalTo(true))
                .body("priority", equalTo("EMERGENCY"))
                .body("leadOrganisation", equalTo("CSG"))
                .body("caseType", equalTo("CSG_ACUTE"))
                .body("respondBy", equalTo("2026-11-20T10:30:00Z"))
                .body("rationale[0]", containsString("112"));
    }

    @Test
    void unknownTimingAsksWhenItHappenedBecauseForensicExaminationMayStillBePossible() {
        evaluate(received().types("RAPE").timing("UNKNOWN"))
                .statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("caseType", equalTo("CSG_NON_ACUTE"))
                .body("acute", equalTo(false))
                .body("rationale", hasItem(containsString("forensic examination is still possible")));
        evaluate(received().types("RAPE").without("timeSinceIncident"))
                .statusCode(200)
                .body("rationale", hasItem(containsString("forensic examination is still possible")));
        evaluate(received().types("RAPE").timing("MORE_THAN_7_DAYS"))
                .statusCode(200)
                .body("rationale", not(hasItem(containsString("forensic examination"))));
    }

    @Test
    void anInvalidAssessmentNamesTheField() {
        evaluate(received().types())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("incidentTypes"));
        evaluate(received().receivedAt(Instant.now().plusSeconds(3600)))
                .statusCode(400)
                .body("violations.field", hasItem("receivedAt"));
        evaluate(received().with("setting", "MOON"))
                .statusCode(400)
                .body("violations.field", hasItem("setting"));
        evaluate(received().incidentDate(LocalDate.parse("2026-11-21")))
                .statusCode(400)
                .body("violations.field", hasItem("incidentDate"));
        evaluate(received().with("incidentTypes", java.util.Arrays.asList("RAPE", null)))
                .statusCode(400)
                .body("violations.field", hasItem(containsString("incidentTypes")));
    }

    @Test
    void datesAreJudgedAsIntakeJudgesThemInDutchTime() {
        // 00:30 in Amsterdam is still the day before in UTC; an incident that Dutch day is an acute one, not one
        // "after the contact".
        evaluate(AssessmentBuilder.assessment().types("SEXUAL_ASSAULT")
                .receivedAt(Instant.parse("2026-11-19T23:30:00Z")).incidentDate(LocalDate.parse("2026-11-20")))
                .statusCode(200).body("caseType", equalTo("CSG_ACUTE")).body("acute", equalTo(true));
        // Intake takes a clock up to five minutes ahead as a clock that runs ahead; so does triage.
        evaluate(AssessmentBuilder.assessment().types("SEXUAL_ASSAULT").receivedAt(Instant.now().plusSeconds(60)))
                .statusCode(200);
    }
}
