-- A first contact: the non-identifying assessment, its routing, and nothing that names a person.
create table contact (
    id                          uuid primary key,
    reference                   varchar(24)  not null unique,
    registered_by               varchar(16)  not null,
    client_code                 varchar(64),
    received_at                 timestamptz  not null,
    channel                     varchar(32)  not null,
    caller_role                 varchar(32)  not null,
    anonymous                   boolean      not null,
    incident_types              varchar(400) not null,
    setting                     varchar(16)  not null,
    incident_date               date,
    stated_time_since_incident  varchar(20),
    time_since_incident         varchar(20)  not null,
    acute                       boolean      not null,
    victim_age_group            varchar(16)  not null,
    region                      varchar(4),
    needs                       varchar(400) not null,
    immediate_danger            boolean      not null,
    consent_to_share            boolean      not null,
    summary                     text,
    status                      varchar(20)  not null,
    lead_organisation           varchar(16),
    supporting_organisations    varchar(100),
    case_type                   varchar(32),
    priority                    varchar(16),
    respond_by                  timestamptz,
    case_id                     uuid,
    case_status                 varchar(16),
    routed_at                   timestamptz,
    created_at                  timestamptz  not null,
    details_erased_at           timestamptz
);
create index contact_registered_by on contact (registered_by, received_at desc);
create index contact_lead on contact (lead_organisation, received_at desc) where status = 'ROUTED';
create index contact_client_code on contact (registered_by, client_code) where client_code is not null;
create index contact_received_at on contact (received_at);

-- Contact details live apart from the assessment, each value AES-256-GCM encrypted with its own IV.
create table contact_details (
    contact_id  uuid primary key references contact (id),
    name_enc    bytea,
    phone_enc   bytea,
    email_enc   bytea,
    created_at  timestamptz not null
);

-- One row per year; "update ... returning" hands out each number once.
create table reference_counter (
    year        integer primary key,
    last_value  bigint not null
);

-- Keys are scoped per organisation so that one organisation can never replay into another's contact.
create table idempotency_key (
    organisation  varchar(16)  not null,
    key           varchar(200) not null,
    request_hash  char(64)     not null,
    contact_id    uuid references contact (id),
    created_at    timestamptz  not null,
    primary key (organisation, key)
);

create table outbox_event (
    id               uuid primary key,
    seq              bigserial    not null unique,
    aggregate_id     uuid         not null,
    event_type       varchar(64)  not null,
    payload          text         not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(200),
    created_at       timestamptz  not null,
    delivered_at     timestamptz
);
create index outbox_due on outbox_event (next_attempt_at, seq) where status = 'PENDING';
create index outbox_aggregate on outbox_event (aggregate_id, seq);

create table audit_record (
    id            bigserial primary key,
    at            timestamptz  not null,
    subject       varchar(200) not null,
    organisation  varchar(16),
    action        varchar(32)  not null,
    object_type   varchar(32)  not null,
    object_id     varchar(64),
    result        varchar(16)  not null
);
create index audit_object on audit_record (object_id, at);
