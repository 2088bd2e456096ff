-- What prompted the contact (issue 18): optional, so older contacts and contacts where it was not asked stay null.
-- The label is short free text ("NOS-uitzending"), erased with the summary.
alter table contact
    add column prompt varchar(16),
    add column prompt_label varchar(80);
