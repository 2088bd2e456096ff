-- A ministry's empirical norm for one organisation, case type and year, as it was first shown. Hours booked late,
-- a correction or a reassigned case would otherwise move n or the cases without hours between two reads of the
-- same year, and the difference is a count below 10. Aggregates only: no case is named here.
create table published_empirical_norm (
    id           uuid        primary key,
    organisation varchar(32) not null,
    case_type    varchar(32) not null,
    year         integer     not null,
    row          jsonb       not null,
    published_at timestamptz not null,
    unique (organisation, case_type, year)
);
