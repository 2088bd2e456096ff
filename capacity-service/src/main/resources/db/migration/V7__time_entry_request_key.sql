-- The key of the form that booked the hours (Idempotency-Key): the same form sent twice books them once.
alter table time_entry add column request_key varchar(200);
create unique index time_entry_request_key on time_entry (organisation, request_key) where request_key is not null;
