-- An alert active at its month's end stays listed in the next month's first week, until that month's check has
-- judged its series on at least 10 cases: before then no new alert can be raised, and a running peak would vanish.
alter table peak_alert add column overtaken_at timestamptz;
