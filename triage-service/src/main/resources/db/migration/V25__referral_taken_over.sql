-- A referral whose organisation left the case (a reassignment, a supporter removed) would otherwise wait for ever in
-- the waiting times: the lead records its progress from then on. Which organisation that is, so that the case's
-- history says once, not at every step, who took it over.
alter table onward_referral
    add column taken_over_by text;
