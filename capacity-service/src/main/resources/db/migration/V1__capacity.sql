-- Hour norms per organisation x case type, versioned: a new version closes the previous one (valid_to).
-- A case type without any row has no norm registered; that absence is reported, never filled in.
create table hour_norm (
    id              uuid primary key,
    organisation    varchar(16)      not null,
    case_type       varchar(32)      not null,
    low_hours       double precision not null check (low_hours > 0),
    expected_hours  double precision not null check (expected_hours >= low_hours),
    high_hours      double precision not null check (high_hours >= expected_hours),
    source          varchar(1000)    not null,
    valid_from      date             not null,
    valid_to        date,
    registered_by   varchar(200)     not null,
    registered_at   timestamptz      not null,
    check (valid_to is null or valid_to > valid_from)
);
create unique index hour_norm_open on hour_norm (organisation, case_type) where valid_to is null;
create unique index hour_norm_from on hour_norm (organisation, case_type, valid_from);

-- Staffing per organisation and region; region null is staff not assigned to a region (a national office).
-- Null contract hours or productive share mean "the configured default", so a changed default applies at once.
create table staffing (
    id                              uuid primary key,
    organisation                    varchar(16)      not null,
    region                          varchar(4),
    fte                             double precision not null check (fte >= 0),
    contract_hours_per_fte_per_week double precision check (contract_hours_per_fte_per_week > 0),
    productive_share                double precision check (productive_share > 0 and productive_share <= 1),
    updated_by                      varchar(200)     not null,
    updated_at                      timestamptz      not null
);
create unique index staffing_org_region on staffing (organisation, coalesce(region, '-'));

-- Hours registered on a case. No free text: only what the hour figures need.
create table time_entry (
    id              uuid primary key,
    case_id         uuid         not null,
    organisation    varchar(16)  not null,
    case_type       varchar(32)  not null,
    minutes         integer      not null check (minutes between 1 and 1440),
    work_date       date         not null,
    activity        varchar(20)  not null,
    registered_by   varchar(200) not null,
    registered_at   timestamptz  not null
);
create index time_entry_case on time_entry (case_id);

-- The norms the 2024 advice letter reports (section 4.1). VT, SHN, Helpwanted and Fier report none.
insert into hour_norm (id, organisation, case_type, low_hours, expected_hours, high_hours, source, valid_from,
                       registered_by, registered_at)
values ('6c1f1a52-6a3e-4f43-9d51-0d2a0c1b0001', 'CSG', 'CSG_ACUTE', 11, 12, 13,
        'Advice letter 2024, 4.1.1: "Het CSG meldt dat het gemiddeld genomen tussen de 11 tot 13 uren besteedt aan acute gevallen van seksueel geweld. Deze uren hebben alleen betrekking op de inzet van casemanagement." Expected = midpoint.',
        date '2024-01-01', 'migration', timestamptz '2024-01-01 00:00:00+00'),
       ('6c1f1a52-6a3e-4f43-9d51-0d2a0c1b0002', 'CSG', 'CSG_NON_ACUTE', 3.5, 3.5, 3.5,
        'Advice letter 2024, 4.1.1: "Bij slachtoffers van seksueel geweld dat langer dan 7 dagen geleden heeft plaatsgevonden, is het CSG gemiddeld genomen 3,5 uren bezig met het bieden van psycho-educatie, advies en psychologische zorg." One figure, no range reported; the letter adds that circumstances can require more.',
        date '2024-01-01', 'migration', timestamptz '2024-01-01 00:00:00+00'),
       ('6c1f1a52-6a3e-4f43-9d51-0d2a0c1b0003', 'CVSN', 'CVSN_CASE', 11, 11, 11,
        'Advice letter 2024, 4.1.3: no fixed hour norms are known at CVSN; an adviser states that an "average" case can take about 11 hours, including registration, follow-up contacts and handover to the police. One figure, no range reported.',
        date '2024-01-01', 'migration', timestamptz '2024-01-01 00:00:00+00');
