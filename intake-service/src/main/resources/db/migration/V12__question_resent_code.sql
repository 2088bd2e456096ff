-- A form sent again shortly after its question (a double click, a retry after a lost answer) gets a second code,
-- and the first keeps working: the person may hold either. Only the latest second code is kept (docs/intake.md).
alter table web_question add column resent_pickup_hash varchar(64) unique;
