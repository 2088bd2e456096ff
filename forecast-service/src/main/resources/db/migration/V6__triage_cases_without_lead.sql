-- triage's cases of a month that no rule gave a lead. Not a series anyone reads: the last part of the month's line of
-- triage's cells, as in triage, so that both hide the same cells and intake's total less the visible cells is never
-- their number.
create table triage_cases_without_lead (
    month  date   primary key,
    count  bigint not null check (count >= 0)
);
