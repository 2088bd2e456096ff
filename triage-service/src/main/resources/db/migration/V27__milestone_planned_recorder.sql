-- Who records a milestone was read from the plan's JSON twice, by MilestoneSchedule and by the board's SQL, and the
-- two could drift apart. The organisation the plan names (recordedBy; null: the lead) is now kept on the milestone
-- when the plan is applied, and both read it here. A published plan never changes, so the copy cannot go stale;
-- the milestones laid out before this get it from their own plan version.
alter table case_milestone
    add column planned_recorder text;

update case_milestone m
set planned_recorder = (select e ->> 'recordedBy'
                        from milestone_plan p, jsonb_array_elements(p.document -> 'caseTypes' -> m.case_type) e
                        where p.version = m.plan_version and e ->> 'code' = m.code);
