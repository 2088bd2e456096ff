-- Series of counts per period. A period is stored as the date it starts; the series' granularity says how long it is.
create table series (
    id            varchar(64)  primary key,
    organisation  varchar(16)  not null,
    case_type     varchar(32),
    granularity   varchar(16)  not null check (granularity in ('MONTH', 'HALF_YEAR', 'YEAR')),
    unit          varchar(64)  not null,
    definition    text         not null,
    source        text,
    synthetic     boolean      not null default false,
    label         text,
    created_at    timestamptz  not null default now()
);

-- A missing row is a gap, and so is a row whose count is null (a gap someone recorded explicitly): never a zero.
create table observation (
    id            bigserial    primary key,
    series_id     varchar(64)  not null references series (id) on delete cascade,
    period_start  date         not null,
    count         bigint       check (count >= 0),
    updated_at    timestamptz  not null default now(),
    constraint observation_period_unique unique (series_id, period_start)
);

create table event (
    id             bigserial    primary key,
    name           varchar(200) not null,
    kind           varchar(16)  not null check (kind in ('MEDIA', 'CAMPAIGN', 'LAW', 'OTHER')),
    start_date     date         not null,
    end_date       date,
    -- comma-separated organisation codes; empty means every organisation
    organisations  varchar(200) not null default '',
    check (end_date is null or end_date >= start_date)
);

create index event_dates on event (start_date, end_date);

insert into event (name, kind, start_date, end_date) values
    ('#MeToo', 'MEDIA', date '2017-10-01', date '2017-11-30'),
    ('the ''Wat kan mij helpen'' campaign', 'CAMPAIGN', date '2019-11-01', date '2020-03-31'),
    ('the ''Wat kan mij helpen'' campaign', 'CAMPAIGN', date '2020-10-01', date '2021-03-31'),
    ('The Voice broadcast', 'MEDIA', date '2022-01-01', date '2022-01-31'),
    ('the train assault', 'MEDIA', date '2022-05-01', date '2022-05-31'),
    ('the Ali B. trial', 'MEDIA', date '2024-06-01', date '2024-06-30'),
    ('the new Sexual Offences Act', 'LAW', date '2024-07-01', null);

create table scenario (
    id           bigserial    primary key,
    name         varchar(200) not null unique,
    description  text
);

create table scenario_effect (
    id             bigserial     primary key,
    scenario_id    bigint        not null references scenario (id) on delete cascade,
    position       int           not null,
    kind           varchar(8)    not null check (kind in ('STEP', 'PEAK')),
    start_month    date          not null,
    months         int           check (months is null or months > 0),
    percent        numeric(8, 2) not null check (percent > -100),
    -- comma-separated; both empty means every series
    organisations  varchar(200)  not null default '',
    series_ids     text          not null default '',
    check ((kind = 'STEP' and months is null) or (kind = 'PEAK' and months is not null))
);

insert into scenario (name, description) values
    ('baseline', 'The forecasts as they are, without assumed effects.'),
    ('new Sexual Offences Act', 'The consent-based Sexual Offences Act of 1 July 2024 is assumed to add 10% to CSG and SHN from July 2024 on (an assumption, not a measurement).');

insert into scenario_effect (scenario_id, position, kind, start_month, months, percent, organisations)
select id, 0, 'STEP', date '2024-07-01', null, 10, 'CSG,SHN' from scenario where name = 'new Sexual Offences Act';
