-- A service's correction or retirement names the version it was based on (If-Match), as a centre's does (V4), so
-- that an editor whose form was opened before a colleague's change cannot silently write the old record back.
alter table service add column version bigint not null default 0;
