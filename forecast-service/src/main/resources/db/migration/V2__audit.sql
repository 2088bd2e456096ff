-- The audit trail in the layout every Entree service shares (docs/architecture.md, "Audit"). Each record's hash
-- covers its fields and the previous record's hash; audit_chain is the head every append locks.
create table audit_record (
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    actor         text        not null,
    actor_role    text        not null,
    actor_org     text,
    action        text        not null,
    object_type   text        not null,
    object_id     text,
    result        text        not null,
    previous_hash char(64)    not null,
    hash          char(64)    not null
);
create index audit_record_object on audit_record (object_id, id);

create table audit_chain (
    singleton boolean primary key default true check (singleton),
    last_id   bigint,
    last_hash char(64) not null
);
insert into audit_chain (last_id, last_hash) values (null, repeat('0', 64));
