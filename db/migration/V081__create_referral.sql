-- Referrals (contract §11): a DISTRICT account (WIR-Fallmanager) sends a person to a course with minimal data and
-- the person's consent; the course's provider accepts (registers and enrolls them) or declines with a reason.
-- Personal data here: names, phone, languages, note, birth year. Declined and never-decided referrals are deleted
-- RETENTION_YEARS after their decision or creation; an accepted one loses its copy of the data when its participant
-- is erased (docs/data-protection.md "Referrals").
CREATE TABLE referral (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  course_id       BIGINT        NOT NULL,
  referred_by     BIGINT        NOT NULL,
  first_name      VARCHAR(100)  NOT NULL,
  last_name       VARCHAR(100)  NOT NULL,
  phone           VARCHAR(40)   NULL,
  languages       VARCHAR(200)  NULL,
  note            VARCHAR(1000) NULL,
  birth_year      SMALLINT      NULL,
  consent_date    DATE          NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  decline_reason  VARCHAR(500)  NULL,
  participant_id  BIGINT        NULL,
  enrollment_id   BIGINT        NULL,
  decided_by      BIGINT        NULL,
  decided_at      DATETIME(3)   NULL,
  created_at      DATETIME(3)   NOT NULL,
  erased_at       DATETIME(3)   NULL,
  version         INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_referral_course_status (course_id, status),
  KEY ix_referral_referred_by (referred_by, created_at),
  KEY ix_referral_status_created (status, created_at),
  KEY ix_referral_participant (participant_id),
  CONSTRAINT fk_referral_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_referral_referred_by FOREIGN KEY (referred_by) REFERENCES app_user (id),
  CONSTRAINT fk_referral_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_referral_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
  CONSTRAINT fk_referral_decided_by FOREIGN KEY (decided_by) REFERENCES app_user (id),
  CONSTRAINT ck_referral_status CHECK (status IN ('OPEN', 'ACCEPTED', 'WAITLISTED', 'DECLINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
