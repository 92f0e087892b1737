-- Erasure (Art. 17 DSGVO, contract §7): the names become "(gelöscht)"/"", birth year, phone and first languages
-- NULL, for good. So that every report and statistic stays the same, statistics_birth_year keeps a stand-in birth
-- year that gives the same age group as the real one in every year from the year before the person's first
-- enrollment to the end of their last course (docs/data-protection.md "Erasure").
ALTER TABLE participant
  MODIFY birth_year SMALLINT NULL,
  ADD COLUMN statistics_birth_year SMALLINT NULL AFTER birth_year,
  ADD COLUMN erased_at DATETIME(3) NULL;

CREATE INDEX ix_participant_erased ON participant (erased_at);

-- One row per scheduled job: instances lock it (SELECT ... FOR UPDATE) so that a daily job runs once a day even
-- when several instances share the database.
CREATE TABLE scheduled_job (
  name      VARCHAR(40)  NOT NULL,
  last_run  DATE         NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO scheduled_job (name, last_run) VALUES ('retention', NULL);
