-- The cases without a lead of each month as a ministry was first shown them, beside published_count: they are the
-- last part of the month's line and a node of the forecasts that add up, so a later pull may not change them.
create table published_without_lead (
    month         date        primary key,
    count         bigint      not null check (count >= 0),
    published_at  timestamptz not null
);
