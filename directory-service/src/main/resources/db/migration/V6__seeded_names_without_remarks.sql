-- The facts file's authors wrote their own remarks into two centres' names and one line's description, and the seed
-- showed them to the public: "CSG Zwolle (Isala) — likely 'CSG IJsselland'", "CSG Haarlem (Kennemerland?)" and
-- "… (gratis-claim from CVSN site; 0900 tariff not stated)". The seed now leaves them out (FactsSeed.withoutRemarks);
-- a directory seeded before keeps them until this. A record an editor has changed no longer holds the seeded text and
-- is left alone. Each change counts as one (last_modified, version), so that a client syncing by modified_after and
-- an editor's open form both notice it.

update location
   set name = 'CSG Zwolle (Isala)', document = jsonb_set(document, '{name}', '"CSG Zwolle (Isala)"'),
       last_modified = now()
 where name = 'CSG Zwolle (Isala) — likely ''CSG IJsselland''';

update location
   set name = 'CSG Haarlem', document = jsonb_set(document, '{name}', '"CSG Haarlem"'), last_modified = now()
 where name = 'CSG Haarlem (Kennemerland?)';

update service_at_location
   set document = jsonb_set(document, '{description}', '"CSG Zwolle (Isala)"'), last_modified = now(),
       version = version + 1
 where document ->> 'description' = 'CSG Zwolle (Isala) — likely ''CSG IJsselland''';

update service_at_location
   set document = jsonb_set(document, '{description}', '"CSG Haarlem"'), last_modified = now(),
       version = version + 1
 where document ->> 'description' = 'CSG Haarlem (Kennemerland?)';

update service
   set document = replace(document::text, ' (gratis-claim from CVSN site; 0900 tariff not stated)', '')::jsonb,
       search_text = replace(search_text, ' (gratis-claim from cvsn site; 0900 tariff not stated)', ''),
       last_modified = now(), version = version + 1
 where document::text like '%(gratis-claim from CVSN site; 0900 tariff not stated)%';
