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

-- Staffing is versioned, as the hour norms are: a new registration closes the version in force (valid_to) instead
-- of overwriting it, so a figure reported earlier can be explained later.
alter table staffing
    add column valid_from timestamptz,
    add column valid_to   timestamptz;
update staffing set valid_from = updated_at;
alter table staffing
    alter column valid_from set not null,
    add check (valid_to is null or valid_to >= valid_from);
drop index staffing_org_region;
create unique index staffing_in_force on staffing (organisation, coalesce(region, '-')) where valid_to is null;
create index staffing_versions on staffing (organisation, region, valid_from);
