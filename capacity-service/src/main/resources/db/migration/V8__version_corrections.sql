-- A norm or cost version that was registered wrongly is corrected in place: it keeps its valid_from, and what it
-- said before, why it was corrected, by whom and when is kept here (kind CORRECTED), one row per correction.
-- A version withdrawn before it started leaves its table and is kept here whole (kind WITHDRAWN), so nothing once
-- registered is lost. No foreign key: a withdrawn version's row no longer exists.
create table hour_norm_amendment (
    id              uuid primary key,
    version_id      uuid             not null,
    organisation    varchar(16)      not null,
    case_type       varchar(32)      not null,
    valid_from      date             not null,
    kind            varchar(16)      not null check (kind in ('CORRECTED', 'WITHDRAWN')),
    low_hours       double precision not null,
    expected_hours  double precision not null,
    high_hours      double precision not null,
    source          varchar(1000)    not null,
    registered_by   varchar(200)     not null,
    registered_at   timestamptz      not null,
    reason          varchar(1000),
    amended_by      varchar(200)     not null,
    amended_at      timestamptz      not null,
    check (kind = 'WITHDRAWN' or reason is not null)
);
create index hour_norm_amendment_version on hour_norm_amendment (version_id);

create table fte_cost_amendment (
    id                       uuid primary key,
    version_id               uuid          not null,
    organisation             varchar(16)   not null,
    valid_from               date          not null,
    kind                     varchar(16)   not null check (kind in ('CORRECTED', 'WITHDRAWN')),
    euros_per_fte_per_year   numeric(12,2) not null,
    source                   varchar(1000) not null,
    assumption               boolean       not null,
    registered_by            varchar(200)  not null,
    registered_at            timestamptz   not null,
    reason                   varchar(1000),
    amended_by               varchar(200)  not null,
    amended_at               timestamptz   not null,
    check (kind = 'WITHDRAWN' or reason is not null)
);
create index fte_cost_amendment_version on fte_cost_amendment (version_id);
