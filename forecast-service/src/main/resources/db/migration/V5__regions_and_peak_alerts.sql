-- A series may count one safety region over every organisation (triage's cases per region): organisation is then
-- empty and region says which. Every other series still belongs to an organisation.
alter table series add column region varchar(8);
alter table series alter column organisation drop not null;
alter table series add constraint series_organisation_or_region check (organisation is not null or region is not null);

-- Peak alerts: a series whose count so far this month runs above its forecast's 95% upper bound, pro-rated by the
-- part of the month gone. One row per series and month; each check updates it, so that an alert that has died down
-- stays listed for the month with active false.
create table peak_alert (
    id               bigserial    primary key,
    month            date         not null,
    series_id        varchar(64)  not null references series (id) on delete cascade,
    organisation     varchar(16),
    case_type        varchar(32),
    region           varchar(8),
    observed         bigint       not null check (observed >= 0),
    expected         double precision not null,
    upper_bound      double precision not null,
    month_fraction   double precision not null check (month_fraction > 0 and month_fraction <= 1),
    model            varchar(64)  not null,
    events           text[]       not null default '{}',
    active           boolean      not null,
    first_raised_at  timestamptz  not null,
    checked_at       timestamptz  not null,
    constraint peak_alert_unique unique (series_id, month)
);
create index peak_alert_month on peak_alert (month);
