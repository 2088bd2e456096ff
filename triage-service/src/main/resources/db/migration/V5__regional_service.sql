-- Which regional service (a centre in directory-service) leads a case, resolved from the directory at routing time
-- or later, when the directory was unavailable then. The directory's id and the name it had when resolved.
alter table triage_case
    add column regional_service_id    uuid,
    add column regional_service_name  text,
    add column regional_service_state text not null default 'NOT_APPLICABLE'
        check (regional_service_state in ('PENDING', 'RESOLVED', 'NOT_IN_DIRECTORY', 'NOT_APPLICABLE')),
    add column regional_service_at    timestamptz;

create index triage_case_regional_pending on triage_case (created_at) where regional_service_state = 'PENDING';
