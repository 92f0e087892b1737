-- A participant's place in a course: ENROLLED, WAITLISTED (with a position) or WITHDRAWN (date, reason).
-- A participant is "enrolled on a date" D when an enrollment that was ENROLLED has from_date <= D and
-- D is before its withdrawal date, if any (contract §5); was_enrolled keeps that fact after a withdrawal.
CREATE TABLE enrollment (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  course_id          BIGINT        NOT NULL,
  participant_id     BIGINT        NOT NULL,
  status             VARCHAR(10)   NOT NULL,
  waitlist_position  INT           NULL,
  from_date          DATE          NOT NULL,
  was_enrolled       BOOLEAN       NOT NULL DEFAULT FALSE,
  withdrawal_date    DATE          NULL,
  withdrawal_reason  VARCHAR(20)   NULL,
  withdrawal_note    VARCHAR(500)  NULL,
  transferred_to     BIGINT        NULL,
  version            INT           NOT NULL DEFAULT 0,
  created_at         DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_enrollment_course_status (course_id, status),
  KEY ix_enrollment_participant (participant_id),
  CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_enrollment_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_enrollment_transfer FOREIGN KEY (transferred_to) REFERENCES enrollment (id),
  CONSTRAINT ck_enrollment_status CHECK (status IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
  CONSTRAINT ck_enrollment_reason CHECK (withdrawal_reason IS NULL OR withdrawal_reason IN
    ('WORK', 'MOVED', 'INTEGRATION_COURSE', 'ILLNESS', 'CHILDCARE', 'UNKNOWN', 'OTHER', 'TRANSFER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
