-- A case in review is due by its respondBy like an offer (MilestoneSchedule.refresh): cases already in review get
-- their deadline too, so that an old one is not left out of the overdue lists.
update triage_case set next_due_at = least(next_due_at, respond_by) where status = 'NEEDS_REVIEW';
