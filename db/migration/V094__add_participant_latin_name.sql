-- The name as in the passport, in Latin script, for German offices when the name is written in another script.
ALTER TABLE participant ADD COLUMN latin_name VARCHAR(201) NULL AFTER last_name;
