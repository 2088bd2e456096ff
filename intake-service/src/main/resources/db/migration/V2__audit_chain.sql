-- The audit trail in the layout every Entree service shares (docs/architecture.md, "Audit"), with a hash chain
-- that shows any later change: each record's hash covers its fields and the previous record's hash.
alter table audit_record rename column subject to actor;
alter table audit_record rename column organisation to actor_org;
alter table audit_record
    alter column actor type text,
    alter column actor_org type text,
    alter column action type text,
    alter column object_type type text,
    alter column object_id type text,
    alter column result type text,
    add column actor_role text,
    add column previous_hash char(64),
    add column hash char(64);
-- Records written before roles were recorded: the relay and the retention job are the system, the rest unknown.
update audit_record set actor_role = case when actor like 'system:%' then 'system' else 'unrecorded' end;

alter table audit_record alter column id drop default;
drop sequence audit_record_id_seq;
alter table audit_record alter column id add generated always as identity;
select setval(pg_get_serial_sequence('audit_record', 'id'), coalesce(max(id), 0) + 1, false) from audit_record;

drop index audit_object;
create index audit_record_object on audit_record (object_id, id);

-- The chain head: one row, locked by every append, so that appends are serialised and a cut-off tail shows.
create table audit_chain (
    singleton boolean primary key default true check (singleton),
    last_id   bigint,
    last_hash char(64) not null
);

-- Chain the records written so far, as common's AuditChain does: each field as its UTF-8 length, ':' and the
-- text ('-' for null), after the previous hash. extract(epoch ...) is exact (numeric) from PostgreSQL 14.
create or replace function pg_temp.audit_field(v text) returns text language sql immutable
    as $$ select '|' || case when v is null then '-' else octet_length(v)::text || ':' || v end $$;
do $$
declare
    r    record;
    prev text := repeat('0', 64);
    h    text;
begin
    for r in select * from audit_record order by id loop
        h := encode(sha256(convert_to(prev
                || pg_temp.audit_field(((extract(epoch from r.at) * 1000000)::bigint)::text)
                || pg_temp.audit_field(r.actor) || pg_temp.audit_field(r.actor_role)
                || pg_temp.audit_field(r.actor_org) || pg_temp.audit_field(r.action)
                || pg_temp.audit_field(r.object_type) || pg_temp.audit_field(r.object_id)
                || pg_temp.audit_field(r.result), 'UTF8')), 'hex');
        update audit_record set previous_hash = prev, hash = h where id = r.id;
        prev := h;
    end loop;
    insert into audit_chain (last_id, last_hash) values ((select max(id) from audit_record), prev);
end $$;

alter table audit_record
    alter column actor_role set not null,
    alter column previous_hash set not null,
    alter column hash set not null;
