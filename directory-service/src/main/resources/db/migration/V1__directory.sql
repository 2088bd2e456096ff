-- The sociale kaart in the shape of Open Referral HSDS 3.1. Each resource keeps its whole HSDS record as jsonb
-- (what the API serves and exports, byte for byte), beside the columns the API filters on.

create table organization (
    id            uuid primary key,
    code          text unique,
    name          text not null,
    last_modified timestamptz not null,
    document      jsonb not null
);

create table location (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name            text not null,
    last_modified   timestamptz not null,
    document        jsonb not null
);
create index location_organization on location (organization_id);

create table service (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name            text not null,
    status          text not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    search_text     text not null,
    last_modified   timestamptz not null,
    document        jsonb not null
);
create index service_organization on service (organization_id);
create index service_modified on service (last_modified);

create table service_at_location (
    id            uuid primary key,
    service_id    uuid not null references service (id),
    location_id   uuid not null references location (id),
    last_modified timestamptz not null,
    document      jsonb not null
);
create index service_at_location_service on service_at_location (service_id);

-- HSDS metadata: one row per changed field, so a record's history is never lost.
create table metadata (
    id                uuid primary key,
    resource_id       uuid not null,
    resource_type     text not null,
    last_action_date  timestamptz not null,
    last_action_type  text not null,
    field_name        text not null,
    previous_value    text not null,
    replacement_value text not null,
    updated_by        text not null
);
create index metadata_resource on metadata (resource_id, last_action_date);

-- Where the directory came from: the seed and its date, or the last import.
create table directory_origin (
    id               int primary key check (id = 1),
    source           text not null,
    loaded_at        timestamptz not null,
    check_before_use boolean not null,
    note             text not null
);

-- Who changed what, in the audit layout every Entree service shares (docs/architecture.md, "Audit"); directory
-- facts are public, so reads are not recorded.
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
