-- A case's assessment and decision are JSON documents: stored as jsonb, as every service stores a JSON column,
-- and written by the shared JsonbFormat instead of by hand.
alter table triage_case
    alter column assessment type jsonb using assessment::jsonb,
    alter column decision type jsonb using decision::jsonb;
