-- An outbox payload is JSON and erasure edits inside it: store it as jsonb, as every service stores a JSON column,
-- so the edit needs no casts and the database refuses a payload that is not JSON.
alter table outbox_event alter column payload type jsonb using payload::jsonb;
