-- When a case's lead or supporting organisations last changed. intake pulls the cases changed after the last one it
-- saw (GET /api/cases/routing), so that its lists follow a decline or a reassignment without anyone opening the
-- contact. A case made before this counts as changed when it was made: intake's first pull then sees every case once,
-- with the lead and supporters it has now.
alter table triage_case add column routing_changed_at timestamptz;
update triage_case set routing_changed_at = created_at;
alter table triage_case alter column routing_changed_at set not null;
create index triage_case_by_routing_change on triage_case (routing_changed_at, id);
