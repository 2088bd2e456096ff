-- A milestone is at risk its warning before the due moment, but never in the first half of the time from its term's
-- start to its due moment (MilestoneSchedule.atRiskFrom): under the default warning of a day, an acute response due
-- within the hour was at risk from its first minute. The milestones already laid out get the same moment, so that a
-- list's atRisk= agrees with the case page. Where a term starts: the report (also for a term from respondBy, itself a
-- term from the report), the acceptance, or the start of the Dutch day the earlier milestone was done.
with started as (
    select m.id, m.due_at, m.at_risk_from,
           case t.term ->> 'from'
               when 'REPORT' then c.received_at
               when 'RESPOND_BY' then c.received_at
               when 'ACCEPTANCE' then c.accepted_at
               when 'MILESTONE' then (select b.done_on::timestamp at time zone 'Europe/Amsterdam' from case_milestone b
                                      where b.case_id = m.case_id and b.code = t.term ->> 'after')
           end as at
    from case_milestone m
    join triage_case c on c.id = m.case_id
    join milestone_plan p on p.version = m.plan_version
    cross join lateral jsonb_array_elements(p.document -> 'caseTypes' -> m.case_type) as t (term)
    where t.term ->> 'code' = m.code and m.due_at is not null
)
update case_milestone m
set at_risk_from = greatest(s.at_risk_from, least(s.due_at, s.at + (s.due_at - s.at) / 2))
from started s
where s.id = m.id and s.at is not null;

update triage_case c
set at_risk_from = (select min(m.at_risk_from) from case_milestone m
                    where m.case_id = c.id and m.done_on is null and m.due_at is not null)
where c.status <> 'CLOSED';
