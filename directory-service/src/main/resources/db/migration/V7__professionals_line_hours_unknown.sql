-- The facts file gives CSG's 0800-0188 twice: for the public "24/7", and for professionals "kantoortijden". The seed
-- gave every number its line's hours, so where and search showed the professionals' number open at 03:00, an hour
-- the file does not give. The seed now marks such a number's hours unknown (FactsSeed: "schedules" in the phone's
-- provenance.unknown, its hours as the source words them in the note); a directory seeded before gets the same
-- here. A number an editor has changed no longer holds the seeded note and is left alone. The change counts as one
-- (last_modified, version), so that a client syncing by modified_after and an editor's open form both notice it.

update service
   set document = jsonb_set(document, '{phones}', (
           select jsonb_agg(case when phone ->> 'id' = '9cd53d13-49b5-3a8d-a138-f97876750e75'
                                 then jsonb_set(jsonb_set(phone, '{provenance,unknown}',
                                          '["schedules"]'::jsonb
                                              || coalesce(phone -> 'provenance' -> 'unknown', '[]'::jsonb)),
                                          '{provenance,note}',
                                          to_jsonb((phone -> 'provenance' ->> 'note')
                                              || ' Uren volgens de bron: kantoortijden.'))
                                 else phone end order by place)
             from jsonb_array_elements(document -> 'phones') with ordinality as listed(phone, place))),
       last_modified = now(), version = version + 1
 where document -> 'phones' @> '[{"id": "9cd53d13-49b5-3a8d-a138-f97876750e75", "number": "0800-0188",
                    "provenance": {"note": "Seed uit data/directory-facts.json: controleer vóór gebruik."}}]'
   and not document -> 'phones' @> '[{"id": "9cd53d13-49b5-3a8d-a138-f97876750e75",
                                      "provenance": {"unknown": ["schedules"]}}]';
