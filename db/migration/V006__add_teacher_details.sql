-- Teachers are TEACHER accounts; what providers plan with: languages spoken and qualifications.
ALTER TABLE app_user
  ADD COLUMN languages      VARCHAR(200) NULL AFTER provider_id,
  ADD COLUMN qualifications VARCHAR(200) NULL AFTER languages;
