-- How far intake has followed triage's routing changes (GET /api/cases/routing): the routingChangedAt and case id of
-- the last change it applied to its copy of each contact's lead and supporters. One row; null before the first pull,
-- which then reads every case once.
create table routing_sync_cursor (
    id       smallint primary key check (id = 1),
    after    timestamptz,
    after_id uuid,
    check ((after is null) = (after_id is null))
);
insert into routing_sync_cursor (id) values (1);
