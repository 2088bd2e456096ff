-- A milestone recorded on the wrong day is corrected, not overwritten: the history keeps which milestone, the day it
-- had before, and why it changed.
alter table case_transition
    add column milestone     text,
    add column milestone_was date;
