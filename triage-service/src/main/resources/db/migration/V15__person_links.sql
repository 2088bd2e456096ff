-- One story, told once: a contact with a client code carries keyed hashes of it (never the code), so that triage can
-- find the same person's cases at other organisations. Whether their content may be shown is the person's consent,
-- decided when a case is read; a link is erased with the case's identifying fields.
create table case_person_link (
    case_id uuid not null references triage_case (id) on delete cascade,
    link    text not null,
    primary key (case_id, link)
);
create index case_person_link_by_link on case_person_link (link);
