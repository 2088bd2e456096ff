-- The counts a ministry was first shown, per series and period: every later ministry read is answered from here, so
-- a corrected import changes what coordinators read, never a figure a ministry has seen. Per series, not per month:
-- a series created or filled after a month was first shown for other series is frozen at its own first showing.
create table published_count (
    series_id     varchar(64) not null references series (id) on delete cascade,
    period_start  date        not null,
    count         bigint      not null check (count >= 0),
    published_at  timestamptz not null,
    primary key (series_id, period_start)
);
