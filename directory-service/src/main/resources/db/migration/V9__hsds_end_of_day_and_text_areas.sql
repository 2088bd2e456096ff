-- HSDS 3.x has no time 24:00 and no extent_type safety_region or country. Its field guidance ("24h opening") gives
-- 00:00 to 23:59 as the sign of a service open all day, and its extent_type is one of geojson, topojson, kml and
-- text. The directory wrote closes_at 24:00 for the end of the day and named its areas safety_region (VR01–VR25)
-- or country (NL); it now writes 23:59 and text with the same extent, reads 23:59 as the end of the day (24/7 stays
-- 24/7), and still takes the old values from a client that sends them. The records stored before get the same
-- here, the metadata history keeps what was written then. The change counts as one (last_modified, version), so
-- that a client syncing by modified_after fetches the record again and an open form is drawn anew.

update service
   set document = document
           || case when jsonb_typeof(document -> 'schedules') = 'array' then jsonb_build_object('schedules', (
                  select coalesce(jsonb_agg(case when schedule ->> 'closes_at' = '24:00'
                                                 then jsonb_set(schedule, '{closes_at}', '"23:59"')
                                                 else schedule end order by place), '[]'::jsonb)
                    from jsonb_array_elements(document -> 'schedules') with ordinality as listed(schedule, place)))
              else '{}'::jsonb end
           || case when jsonb_typeof(document -> 'service_areas') = 'array' then jsonb_build_object('service_areas', (
                  select coalesce(jsonb_agg(case when area ->> 'extent_type' in ('safety_region', 'country')
                                                 then jsonb_set(area, '{extent_type}', '"text"')
                                                 else area end order by place), '[]'::jsonb)
                    from jsonb_array_elements(document -> 'service_areas') with ordinality as listed(area, place)))
              else '{}'::jsonb end,
       last_modified = now(), version = version + 1
 where jsonb_path_exists(document, '$.schedules[*] ? (@.closes_at == "24:00")')
    or jsonb_path_exists(document,
                         '$.service_areas[*] ? (@.extent_type == "safety_region" || @.extent_type == "country")');

update service_at_location
   set document = document
           || case when jsonb_typeof(document -> 'schedules') = 'array' then jsonb_build_object('schedules', (
                  select coalesce(jsonb_agg(case when schedule ->> 'closes_at' = '24:00'
                                                 then jsonb_set(schedule, '{closes_at}', '"23:59"')
                                                 else schedule end order by place), '[]'::jsonb)
                    from jsonb_array_elements(document -> 'schedules') with ordinality as listed(schedule, place)))
              else '{}'::jsonb end
           || case when jsonb_typeof(document -> 'service_areas') = 'array' then jsonb_build_object('service_areas', (
                  select coalesce(jsonb_agg(case when area ->> 'extent_type' in ('safety_region', 'country')
                                                 then jsonb_set(area, '{extent_type}', '"text"')
                                                 else area end order by place), '[]'::jsonb)
                    from jsonb_array_elements(document -> 'service_areas') with ordinality as listed(area, place)))
              else '{}'::jsonb end,
       last_modified = now(), version = version + 1
 where jsonb_path_exists(document, '$.schedules[*] ? (@.closes_at == "24:00")')
    or jsonb_path_exists(document,
                         '$.service_areas[*] ? (@.extent_type == "safety_region" || @.extent_type == "country")');
