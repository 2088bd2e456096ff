-- When a case's free text and identifying fields were erased, by its retention term or on request; null while kept.
alter table triage_case add column erased_at timestamptz;
create index triage_case_retention on triage_case (closed_at) where status = 'CLOSED' and erased_at is null;
