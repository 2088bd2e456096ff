-- A month as a ministry was first shown it, kept so that every later read shows the same figures. A reassignment
-- moves a case between cells and a case registered late joins its month afterwards; either would otherwise move a
-- published count by one, and the difference between two reads would be a count below 10. Aggregates only.
create table published_month (
    month        varchar(7)  primary key,
    published_at timestamptz not null
);

create table published_month_cell (
    month        varchar(7) not null references published_month (month),
    region       text,
    organisation text       not null,
    case_type    text       not null,
    acute        boolean    not null,
    count        bigint     not null
);

create index published_month_cell_month on published_month_cell (month);
