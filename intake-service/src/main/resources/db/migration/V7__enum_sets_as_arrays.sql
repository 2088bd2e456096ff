-- Sets of enum names were comma-separated text; they are arrays now, as every service stores a set of enum values,
-- so SQL can ask whether a set holds a value (= any(...)) without matching text.
alter table contact
    alter column incident_types type varchar(40)[] using string_to_array(incident_types, ','),
    alter column needs type varchar(40)[] using string_to_array(needs, ','),
    alter column supporting_organisations type varchar(16)[] using string_to_array(supporting_organisations, ',');
