-- An organisation with more than one caseType is checked as a total too (PeakWatch). That total is the sum of its
-- caseTypes' series and is not stored as a series of its own, so an alert's series_id no longer always names a row
-- of series. Series are never deleted, so the cascade the reference gave is not missed.
alter table peak_alert drop constraint peak_alert_series_id_fkey;

-- A total names its organisation and no caseType or region; every other alert names a caseType or a region.
alter table peak_alert add constraint peak_alert_whose_count
    check (case_type is not null or region is not null or organisation is not null);
