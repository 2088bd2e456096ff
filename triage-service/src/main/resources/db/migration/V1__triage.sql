-- Rule sets are immutable once published; exactly one version is active.
create table rule_set (
    version      integer primary key,
    document     text        not null,
    active       boolean     not null default false,
    published_at timestamptz not null,
    published_by text        not null
);
create unique index rule_set_one_active on rule_set (active) where active;

-- A case holds the non-identifying assessment and its decision; contact details stay in intake-service.
create table triage_case (
    id                uuid primary key,
    contact_id        uuid        not null,
    reference         text        not null,
    registered_by     text        not null,
    region            text,
    received_at       timestamptz not null,
    status            text        not null,
    lead_organisation text,
    case_type         text,
    decided_lead      text,
    decided_case_type text,
    priority          text        not null,
    emergency         boolean     not null,
    acute             boolean     not null,
    respond_by        timestamptz not null,
    rule_set_version  integer     not null references rule_set (version),
    assessment        text        not null,
    decision          text        not null,
    created_at        timestamptz not null,
    accepted_at       timestamptz,
    closed_at         timestamptz,
    outcome           text,
    row_version       bigint      not null default 0,
    constraint triage_case_contact_unique unique (contact_id)
);
create index triage_case_lead_status on triage_case (lead_organisation, status);
create index triage_case_region on triage_case (region);
create index triage_case_received on triage_case (received_at);
create index triage_case_closed on triage_case (closed_at) where status = 'CLOSED';

create table case_supporting_organisation (
    case_id      uuid not null references triage_case (id) on delete cascade,
    organisation text not null,
    primary key (case_id, organisation)
);
create index case_supporting_by_org on case_supporting_organisation (organisation);

-- The story of a case: who moved it, when, from what to what, and why.
create table case_transition (
    id            bigint generated always as identity primary key,
    case_id       uuid        not null references triage_case (id) on delete cascade,
    at            timestamptz not null,
    actor         text        not null,
    actor_org     text,
    from_status   text,
    to_status     text        not null,
    from_lead     text,
    to_lead       text,
    reason        text
);
create index case_transition_case on case_transition (case_id, at);

-- Who read or changed which case, and with what result. No personal data: ids and codes only.
create table audit_record (
    id        bigint generated always as identity primary key,
    at        timestamptz not null,
    actor     text        not null,
    actor_org text,
    action    text        not null,
    object_id text,
    result    text        not null
);
create index audit_record_object on audit_record (object_id);
