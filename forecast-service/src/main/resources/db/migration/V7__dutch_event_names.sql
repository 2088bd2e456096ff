-- The calendar's seeded events had English names, and the names show on Dutch screens (the peak alerts, the
-- anomalies, the event list). Only a row that still has its seeded name, kind and start is renamed: an event a
-- coordinator renamed or added keeps the name they gave it. '#MeToo' is a name in Dutch too.
update event set name = 'de campagne ''Wat kan mij helpen'''
    where name = 'the ''Wat kan mij helpen'' campaign' and kind = 'CAMPAIGN'
      and start_date in (date '2019-11-01', date '2020-10-01');
update event set name = 'de uitzending van BOOS over The Voice of Holland'
    where name = 'The Voice broadcast' and kind = 'MEDIA' and start_date = date '2022-01-01';
update event set name = 'de aanranding in de trein'
    where name = 'the train assault' and kind = 'MEDIA' and start_date = date '2022-05-01';
update event set name = 'de rechtszaak tegen Ali B.'
    where name = 'the Ali B. trial' and kind = 'MEDIA' and start_date = date '2024-06-01';
update event set name = 'de nieuwe Wet seksuele misdrijven'
    where name = 'the new Sexual Offences Act' and kind = 'LAW' and start_date = date '2024-07-01';

-- An alert keeps the names of the events that covered its month as they were at the check; the seeded ones are
-- renamed there too, so one month's alerts do not name an event in English after the calendar has it in Dutch.
update peak_alert set events = array_replace(events, 'the ''Wat kan mij helpen'' campaign',
    'de campagne ''Wat kan mij helpen''');
update peak_alert set events = array_replace(events, 'The Voice broadcast',
    'de uitzending van BOOS over The Voice of Holland');
update peak_alert set events = array_replace(events, 'the train assault', 'de aanranding in de trein');
update peak_alert set events = array_replace(events, 'the Ali B. trial', 'de rechtszaak tegen Ali B.');
update peak_alert set events = array_replace(events, 'the new Sexual Offences Act',
    'de nieuwe Wet seksuele misdrijven');
