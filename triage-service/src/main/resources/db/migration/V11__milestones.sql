-- What must happen in a case after it is routed, and by when: milestone plans are data, versioned and published like
-- rule sets; one plan holds the milestones of each case type. A published plan is never changed, so a case's
-- milestones can always be read against the plan version they were laid out under.
create table milestone_plan (
    version      integer primary key,
    document     jsonb       not null,
    active       boolean     not null default false,
    published_at timestamptz not null,
    published_by text        not null
);
create unique index milestone_plan_one_active on milestone_plan (active) where active;

-- Plan 1 holds only the terms the letter states (Kamerbrief, section 4.1); the CSG check-ins during watchful waiting
-- are an assumption, labelled as such, for a region to replace with its own protocol.
insert into milestone_plan (version, document, active, published_at, published_by) values (1, '{
  "description": "Termijnen uit de Kamerbrief: de veiligheidsbeoordeling van Veilig Thuis binnen vijf dagen (wettelijk) en het vervolg binnen tien weken (in principe); de acute opvang door het CSG binnen de reactietermijn van de routeringsregels. De contactmomenten tijdens watchful waiting zijn een aanname.",
  "caseTypes": {
    "VT_SAFETY_ASSESSMENT": [
      {"code": "SAFETY_ASSESSMENT", "name": "Veiligheidsbeoordeling afgerond",
       "from": "REPORT", "term": "P5D", "warnBefore": "P1D", "basis": "STATUTORY",
       "source": "Kamerbrief 4.1.2: een veiligheidsbeoordeling binnen vijf dagen na de melding (wettelijke termijn)"},
      {"code": "FOLLOW_UP", "name": "Veiligheidsvoorwaarden opgesteld en vervolg ingezet",
       "from": "MILESTONE", "after": "SAFETY_ASSESSMENT", "term": "P70D", "warnBefore": "P14D", "basis": "LETTER",
       "source": "Kamerbrief 4.1.2: in principe binnen tien weken na de veiligheidsbeoordeling"}
    ],
    "CSG_ACUTE": [
      {"code": "ACUTE_RESPONSE", "name": "Casemanager heeft het slachtoffer opgevangen",
       "from": "RESPOND_BY", "term": "P0D", "basis": "LETTER",
       "source": "Kamerbrief 4.1.1: een casemanager vangt het slachtoffer direct op; de termijn is de reactietermijn van de routeringsregels"},
      {"code": "WATCHFUL_WAITING_CHECK_IN", "name": "Contactmoment tijdens watchful waiting",
       "from": "ACCEPTANCE", "term": "P14D", "warnBefore": "P3D", "basis": "ASSUMPTION",
       "source": "Aanname, instelbaar: de Kamerbrief noemt watchful waiting maar geen termijn"},
      {"code": "PTSD_SCREENING", "name": "Screening op PTSS na watchful waiting",
       "from": "MILESTONE", "after": "WATCHFUL_WAITING_CHECK_IN", "term": "P14D", "warnBefore": "P3D",
       "basis": "ASSUMPTION",
       "source": "Aanname, instelbaar: de Kamerbrief noemt een behandeling als er na watchful waiting PTSS is, maar geen termijn"}
    ]
  }
}', true, '2026-12-04T00:00:00Z', 'migration V11');

-- A case's milestones, laid out under one plan version when the case gets its case type. The due moment is derived
-- from the case and the plan, and kept here so that lists and counts can ask for it.
create table case_milestone (
    id              bigint generated always as identity primary key,
    case_id         uuid        not null references triage_case (id) on delete cascade,
    plan_version    integer     not null references milestone_plan (version),
    case_type       text        not null,
    code            text        not null,
    position        integer     not null,
    due_at          timestamptz,
    at_risk_from    timestamptz,
    done_on         date,
    recorded_at     timestamptz,
    recorded_by     text,
    recorded_by_org text,
    constraint case_milestone_once unique (case_id, code)
);
create index case_milestone_open on case_milestone (due_at) where done_on is null;

-- The earliest deadline still open on a case (its offer's respondBy, or a milestone), and when it is at risk: what
-- "overdue" and "at risk" mean for a list, a caseload and the board.
alter table triage_case
    add column next_due_at      timestamptz,
    add column at_risk_from     timestamptz,
    add column escalation       text not null default 'NONE',
    add column escalated_at     timestamptz;
update triage_case set next_due_at = respond_by where status = 'OFFERED';
create index triage_case_next_due on triage_case (next_due_at) where status <> 'CLOSED';
create index triage_case_escalated on triage_case (escalated_at) where escalation = 'ESCALATED';
