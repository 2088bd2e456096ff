-- A month as a ministry was first shown it, kept so that every later read shows the same figures. A contact
-- registered late, or a changed prompt, would otherwise move a published count by one, and the difference between
-- two reads would be a count below 10. Aggregates only: no contact is named here.
create table published_month (
    month        varchar(7)  primary key,
    published_at timestamptz not null
);

create table published_month_cell (
    month   varchar(7)  not null references published_month (month),
    region  varchar(4),
    channel varchar(32) not null,
    acute   boolean     not null,
    prompt  varchar(16),
    count   bigint      not null
);

create index published_month_cell_month on published_month_cell (month);
