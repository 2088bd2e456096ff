-- A reassignment may bring a case's priority and respondBy forward (the new case type's term runs from the
-- reassignment), so its history entry keeps what the case had and what it got: a casemanager reading the history sees
-- when the deadline moved and why (the entry's reason). Null on every other entry, and on reassignments made before
-- this: what they had then is not known.
alter table case_transition
    add column from_priority   text,
    add column to_priority     text,
    add column from_respond_by timestamptz,
    add column to_respond_by   timestamptz;
