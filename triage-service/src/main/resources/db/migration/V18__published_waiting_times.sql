-- A year of referral waiting times as a ministry was first shown it. Progress recorded late, with a start date in
-- that year, would otherwise move a count between two reads of the year, and the difference is a count below 10.
-- Aggregates only: no referral or case is named here.
create table published_waiting_times (
    year         integer     primary key,
    waits        jsonb       not null,
    published_at timestamptz not null
);
