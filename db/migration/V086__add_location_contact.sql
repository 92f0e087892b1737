-- A contact for people who find a course in the public finder: the location's phone and e-mail (optional).
ALTER TABLE location
  ADD COLUMN contact_phone  VARCHAR(30)   NULL,
  ADD COLUMN contact_email  VARCHAR(120)  NULL;
