-- Who registered the contact (the token's subject), beside the organisation: a casemanager bound to one region reads
-- their organisation's contacts in that region only, but still what they registered themselves for another, such as
-- the saved contact's page right after registering a caller who lives elsewhere. Null for contacts registered
-- before, and for questions from the public front door.
alter table contact add column registered_by_subject varchar(255);
