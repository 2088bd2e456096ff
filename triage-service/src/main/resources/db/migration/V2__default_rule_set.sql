-- Version 1 of the routing rules, as the first release stored it: frozen here, never to be edited, so that every
-- database holds the same rule set 1 whenever it was made. Until 2026-12-03 this was a Java migration that stored
-- the rule-set file of the day; a database made by it is told so in beforeValidate.sql. V7 then adds the Dutch texts,
-- which makes rule set 1 what default-rule-set.json says today (RuleSetOneTest checks that). A later rule set is
-- published through the API or shipped as a new migration, never by changing this one.
insert into rule_set (version, document, active, published_at, published_by)
values (1, $rule_set$
{
  "description": "Default rule set (version 1), as in ARCHITECTURE.md",
  "emergency": {
    "text": "Immediate danger: call 112 now. The lead organisation takes over once the person is safe.",
    "respondWithin": "PT15M"
  },
  "unknownTiming": {
    "text": "Ask when it happened: if it was less than 7 days ago, forensic examination is still possible."
  },
  "review": {
    "text": "No lead rule matched: a coordinator reviews this contact within 1 day.",
    "priority": "NORMAL",
    "respondWithin": "P1D"
  },
  "rules": [
    {
      "id": "acute-sexual-violence",
      "text": "Sexual violence less than 7 days ago: CSG acute casemanagement (11-13 h).",
      "when": {"allOf": [
        {"incidentTypes": ["RAPE", "SEXUAL_ASSAULT", "SEXUAL_ABUSE"]},
        {"timeSinceIncident": ["WITHIN_7_DAYS"]}
      ]},
      "effect": {"kind": "LEAD", "organisation": "CSG", "caseType": "CSG_ACUTE", "priority": "ACUTE", "respondWithin": "PT1H"}
    },
    {
      "id": "exploitation",
      "text": "Exploitation or trafficking: Fier leads (treatment and shelter).",
      "when": {"incidentTypes": ["EXPLOITATION"]},
      "effect": {"kind": "LEAD", "organisation": "FIER", "caseType": "FIER_CASE", "priority": "HIGH", "respondWithin": "PT24H"}
    },
    {
      "id": "child-or-domestic",
      "text": "Domestic violence, child abuse, or sexual abuse of a minor at home: Veilig Thuis leads; the statutory safety assessment is due within 5 days.",
      "when": {"anyOf": [
        {"incidentTypes": ["DOMESTIC_VIOLENCE", "CHILD_ABUSE"]},
        {"allOf": [
          {"incidentTypes": ["RAPE", "SEXUAL_ASSAULT", "SEXUAL_ABUSE", "SEXUAL_HARASSMENT", "SEXTORTION", "IMAGE_BASED_ABUSE", "ONLINE_GROOMING", "EXPLOITATION"]},
          {"setting": ["HOME"]},
          {"victimAgeGroup": ["UNDER_12", "AGE_12_17"]}
        ]}
      ]},
      "effect": {"kind": "LEAD", "organisation": "VT", "caseType": "VT_SAFETY_ASSESSMENT", "priority": "HIGH", "respondWithin": "P5D"}
    },
    {
      "id": "sport",
      "text": "It happened in sport: Centrum Veilige Sport Nederland leads.",
      "when": {"setting": ["SPORT"]},
      "effect": {"kind": "LEAD", "organisation": "CVSN", "caseType": "CVSN_CASE", "priority": "NORMAL", "respondWithin": "P5D"}
    },
    {
      "id": "online",
      "text": "Online sexual abuse: Helpwanted leads; it can ask platforms to remove content at the victim's explicit request.",
      "when": {"anyOf": [
        {"setting": ["ONLINE"]},
        {"incidentTypes": ["SEXTORTION", "IMAGE_BASED_ABUSE", "ONLINE_GROOMING"]}
      ]},
      "effect": {
        "kind": "LEAD", "organisation": "HELPWANTED", "caseType": "HELPWANTED_ADVICE", "priority": "NORMAL", "respondWithin": "P5D",
        "overrides": [
          {
            "when": {"anyOf": [{"incidentTypes": ["SEXTORTION"]}, {"needs": ["CONTENT_REMOVAL"]}]},
            "priority": "HIGH",
            "respondWithin": "PT24H",
            "text": "Sextortion or content to remove: Helpwanted answers within 24 hours."
          }
        ]
      }
    },
    {
      "id": "sexual-violence",
      "text": "Sexual violence 7 days ago or more, or timing unknown: CSG non-acute help (psycho-education, advice and psychological care; 3.5 h).",
      "when": {"allOf": [
        {"incidentTypes": ["RAPE", "SEXUAL_ASSAULT", "SEXUAL_ABUSE"]},
        {"timeSinceIncident": ["MORE_THAN_7_DAYS", "UNKNOWN"]}
      ]},
      "effect": {"kind": "LEAD", "organisation": "CSG", "caseType": "CSG_NON_ACUTE", "priority": "NORMAL", "respondWithin": "P5D"}
    },
    {
      "id": "victim-support",
      "text": "Sexual harassment, a police referral, or a legal or practical need: Slachtofferhulp Nederland leads.",
      "when": {"anyOf": [
        {"incidentTypes": ["SEXUAL_HARASSMENT"]},
        {"channel": ["POLICE_REFERRAL"]},
        {"needs": ["LEGAL", "PRACTICAL"]}
      ]},
      "effect": {"kind": "LEAD", "organisation": "SHN", "caseType": "SHN_SUPPORT", "priority": "NORMAL", "respondWithin": "P5D"}
    },
    {
      "id": "support-vt-minor-at-home",
      "text": "A victim under 18 at home: Veilig Thuis supports.",
      "when": {"allOf": [{"victimAgeGroup": ["UNDER_12", "AGE_12_17"]}, {"setting": ["HOME"]}]},
      "effect": {"kind": "SUPPORTING", "organisation": "VT"}
    },
    {
      "id": "support-cvsn-sport",
      "text": "It happened in sport: Centrum Veilige Sport Nederland supports.",
      "when": {"setting": ["SPORT"]},
      "effect": {"kind": "SUPPORTING", "organisation": "CVSN"}
    },
    {
      "id": "support-fier-exploitation",
      "text": "Exploitation: Fier supports.",
      "when": {"incidentTypes": ["EXPLOITATION"]},
      "effect": {"kind": "SUPPORTING", "organisation": "FIER"}
    },
    {
      "id": "support-shn-victim-support",
      "text": "Legal or practical needs, or a police referral: Slachtofferhulp Nederland supports, also through criminal proceedings.",
      "when": {"anyOf": [{"needs": ["LEGAL", "PRACTICAL"]}, {"channel": ["POLICE_REFERRAL"]}]},
      "effect": {"kind": "SUPPORTING", "organisation": "SHN"}
    },
    {
      "id": "support-helpwanted-content-removal",
      "text": "Content to remove: Helpwanted supports, at the victim's explicit request.",
      "when": {"needs": ["CONTENT_REMOVAL"]},
      "effect": {"kind": "SUPPORTING", "organisation": "HELPWANTED"}
    },
    {
      "id": "support-csg-psychological",
      "text": "Psychological needs after sexual transgression: CSG supports.",
      "when": {"allOf": [
        {"incidentTypes": ["RAPE", "SEXUAL_ASSAULT", "SEXUAL_ABUSE", "SEXUAL_HARASSMENT", "SEXTORTION", "IMAGE_BASED_ABUSE", "ONLINE_GROOMING", "EXPLOITATION"]},
        {"needs": ["PSYCHOLOGICAL"]}
      ]},
      "effect": {"kind": "SUPPORTING", "organisation": "CSG"}
    }
  ]
}$rule_set$, true, now(), 'migration');
