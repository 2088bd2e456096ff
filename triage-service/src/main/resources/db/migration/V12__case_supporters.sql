-- A supporting organisation does its part: coordinators add and remove one with a reason, and it acknowledges its
-- part. The join table held only who supported; a supporter now has a state of its own, so it is a row of its own.
create table case_supporter (
    id              bigint generated always as identity primary key,
    case_id         uuid        not null references triage_case (id) on delete cascade,
    organisation    text        not null,
    added_at        timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    constraint case_supporter_once unique (case_id, organisation)
);
create index case_supporter_by_org on case_supporter (organisation);

-- The rules named them when the case was made.
insert into case_supporter (case_id, organisation, added_at)
select s.case_id, s.organisation, c.created_at
from case_supporting_organisation s join triage_case c on c.id = s.case_id;
drop table case_supporting_organisation;

-- The history tells more than status moves now: a supporter added, removed or acknowledging, an offer escalated.
alter table case_transition
    add column event     text,
    add column supporter text;
update case_transition set event = 'ESCALATED'
where actor = 'triage-service' and from_status = 'OFFERED' and to_status = 'OFFERED';
