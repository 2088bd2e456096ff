-- A correction is a new entry that takes the place of an earlier one; the earlier one stays as it was, so what
-- was first registered, and who corrected it when, remains visible (no silent overwrite of registered hours).
-- An entry is corrected at most once: a second correction corrects the correction, so the chain stays linear.
alter table time_entry add column corrects uuid references time_entry (id);
create unique index time_entry_corrected_once on time_entry (corrects);

-- Hours booked on the wrong case are corrected to 0 minutes; only a correction may hold 0.
alter table time_entry drop constraint time_entry_minutes_check;
alter table time_entry add constraint time_entry_minutes_check
    check (minutes between 0 and 1440 and (minutes > 0 or corrects is not null));
