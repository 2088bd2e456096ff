-- What one FTE costs an organisation per year (salary, employer's charges, overhead), versioned like the hour
-- norms: a new version closes the previous one. An organisation without a row has no cost registered; that absence
-- is reported, never filled in. "assumption" marks a figure that is an estimate rather than a sourced one.
create table fte_cost (
    id                       uuid primary key,
    organisation             varchar(16)   not null,
    euros_per_fte_per_year   numeric(12,2) not null check (euros_per_fte_per_year > 0),
    source                   varchar(1000) not null,
    assumption               boolean       not null,
    valid_from               date          not null,
    valid_to                 date,
    registered_by            varchar(200)  not null,
    registered_at            timestamptz   not null,
    check (valid_to is null or valid_to > valid_from)
);
create unique index fte_cost_open on fte_cost (organisation) where valid_to is null;
create unique index fte_cost_from on fte_cost (organisation, valid_from);
