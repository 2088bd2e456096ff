-- GET / is public, and an import used to write the importer's token subject into the origin's source and note.
-- Who imported stays in audit_record.
update directory_origin
   set source = 'import',
       note   = 'Geïmporteerd door de redactie.'
 where source like 'import by %';
