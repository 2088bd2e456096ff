-- Two things an earlier seed wrote that a new seed no longer writes (FactsSeed); a directory seeded before gets the
-- same here. A record an editor has changed no longer holds the seeded text and is left alone. Each change counts as
-- one (last_modified, and a service's version), so that a client syncing by modified_after and an editor's open form
-- both notice it.
--
-- 1. The facts' authors' English working notes reached public fields, past V6: a line's description, a schedule's
--    notes, an office's description, and each centre's description, which held the basis of its mapping to its
--    regions. They move to the record's provenance note, as the seed now writes it.

update service
   set document = jsonb_set(document - 'description', '{provenance,note}',
           to_jsonb(concat_ws(' ', document -> 'provenance' ->> 'note',
               'Omschrijving in de bron: ' || (document ->> 'description')))),
       search_text = replace(search_text, ' general/crisis number not present in stored pages', ''),
       last_modified = now(), version = version + 1
 where document ->> 'description' = 'general/crisis number not present in stored pages';

update service
   set document = jsonb_set(document, '{schedules}', (
           select jsonb_agg(case when schedule ->> 'notes' = '(claimed by a partner page; not seen on CSG''s own site)'
                                 then schedule - 'notes' else schedule end order by place)
             from jsonb_array_elements(document -> 'schedules') with ordinality as listed(schedule, place))),
       last_modified = now(), version = version + 1
 where document -> 'schedules' @> '[{"notes": "(claimed by a partner page; not seen on CSG''s own site)"}]';

update location l
   set document = jsonb_set(jsonb_set(l.document, '{description}', to_jsonb(r.shown)), '{provenance,note}',
           to_jsonb(concat_ws(' ', l.document -> 'provenance' ->> 'note', 'Omschrijving in de bron: ' || r.seeded))),
       last_modified = now()
  from (values ('Utrecht, near 24 Oktoberplein (street address not found)', 'Utrecht, near 24 Oktoberplein'),
               ('Papendal (Arnhem); street address not found', 'Papendal (Arnhem)')) as r(seeded, shown)
 where l.document ->> 'description' = r.seeded;

-- A centre's description is its mapping basis when its service_at_location's note, as seeded, is that basis.
update location l
   set document = jsonb_set(l.document - 'description', '{provenance,note}',
           to_jsonb(concat_ws(' ', l.document -> 'provenance' ->> 'note',
               'Grondslag werkgebied: ' || (l.document ->> 'description')))),
       last_modified = now()
 where l.document ? 'description'
   and exists (select 1 from service_at_location s
                where s.location_id = l.id
                  and s.document -> 'provenance' ->> 'note'
                      = 'Seed uit data/directory-facts.json: controleer vóór gebruik. '
                        || (l.document ->> 'description'));

-- 2. Fier's two offices were seeded as centres serving VR02 and VR17, though the facts give no basis for a region
--    (Fier is a national centre): where then led those regions with an office nobody can call, write or visit. A new
--    seed keeps them as locations only, with the reason in their note. Their seeded service_at_locations go, unless an
--    editor has corrected them (a correction names its verified_on) or given them phones or hours.

with gone as (
    delete from service_at_location
     where id in ('f7dcbb5b-6e78-3677-bd7d-8ae73f391252', 'c4afe68e-4ec4-3c7a-834d-281d0bf0e089')
       and coalesce(jsonb_array_length(document -> 'phones'), 0) = 0
       and coalesce(jsonb_array_length(document -> 'schedules'), 0) = 0
       and document -> 'provenance' ->> 'verified_on' is null
    returning service_id)
update service set last_modified = now() where id in (select service_id from gone);

-- An office an editor kept as a centre keeps its area, and no note that says it has none.
update location l
   set document = jsonb_set(l.document, '{provenance,note}', to_jsonb((l.document -> 'provenance' ->> 'note')
           || ' Geen werkgebied: de bron geeft geen grondslag voor ' || r.regions || '.')),
       last_modified = now()
  from (values ('4db35e7e-0838-3bfe-ac92-a38940f9a7a8'::uuid, 'VR02'),
               ('d3373f07-7832-37b9-b384-d81394b640bc'::uuid, 'VR17')) as r(id, regions)
 where l.id = r.id
   and l.document -> 'provenance' ->> 'note' = 'Seed uit data/directory-facts.json: controleer vóór gebruik.'
   and not exists (select 1 from service_at_location s where s.location_id = l.id);
