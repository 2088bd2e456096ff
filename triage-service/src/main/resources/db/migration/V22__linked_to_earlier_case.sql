-- Whether a case's person already had a case received before it: the second intakes counted per month. It is kept on
-- the case, decided when the case is made, because the links it was read from go with the case's identifying fields
-- (erasure, retention): counted live from them, a past month's second intakes shrank as earlier cases were erased.
-- The flag names no one and leads to no other case. Cases made before this get it from the links there are now.
alter table triage_case add column linked_to_earlier_case boolean not null default false;
update triage_case c set linked_to_earlier_case = true
where exists (select 1 from case_person_link a
              join case_person_link b on b.link = a.link and b.case_id <> a.case_id
              join triage_case e on e.id = b.case_id
              where a.case_id = c.id and e.received_at < c.received_at);
