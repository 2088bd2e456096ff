-- The rule-set document is JSON and is read as JSON: store it as jsonb, as every service stores a JSON column, so the
-- database refuses a document that is not JSON and queries can look inside it.
alter table rule_set alter column document type jsonb using document::jsonb;
