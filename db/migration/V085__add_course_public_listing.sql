-- The public course finder (contract §11): a provider marks a course public; it then appears on /kurse
-- and /api/public/courses until it ends. support_languages: the languages besides German in which the
-- course helps its participants, as ISO 639-1 codes separated by commas ('ar,fa,uk').
ALTER TABLE course
  ADD COLUMN public_listing     BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN support_languages  VARCHAR(60)  NULL;

CREATE INDEX ix_course_public_end ON course (public_listing, end_date);
