-- A correction names the version it was based on (If-Match), so that an editor whose form was opened before a
-- colleague's correction cannot silently write the old phones and hours back.
alter table service_at_location add column version bigint not null default 0;
