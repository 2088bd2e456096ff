-- A question from the public front door (help) was registered by no organisation.
alter table triage_case alter column registered_by drop not null;
