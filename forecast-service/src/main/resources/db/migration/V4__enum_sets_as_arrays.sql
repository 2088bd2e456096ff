-- The organisations of an event and of a scenario effect, and an effect's series ids, were comma-separated text; they
-- are arrays now, as every service stores a set of values. Empty still means every organisation or series.
alter table event
    alter column organisations drop default,
    alter column organisations type varchar(16)[] using string_to_array(organisations, ','),
    alter column organisations set default '{}';

alter table scenario_effect
    alter column organisations drop default,
    alter column organisations type varchar(16)[] using string_to_array(organisations, ','),
    alter column organisations set default '{}',
    alter column series_ids drop default,
    alter column series_ids type text[] using string_to_array(series_ids, ','),
    alter column series_ids set default '{}';
