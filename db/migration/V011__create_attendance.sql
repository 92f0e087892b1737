-- Attendance (contract §5 "Attendance"). A session's sheet has its own version (0 before the first save),
-- separate from course_session.version, which guards edits of date, times and units. present_count and
-- recorded_count summarise the sheet for the reports; they change in the same transaction as the entries.
ALTER TABLE course_session
  ADD COLUMN topic               VARCHAR(500) NULL,
  ADD COLUMN attendance_version  INT          NOT NULL DEFAULT 0,
  ADD COLUMN attendance_saved_at DATETIME(3)  NULL,
  ADD COLUMN attendance_saved_by BIGINT       NULL,
  ADD COLUMN present_count       INT          NOT NULL DEFAULT 0,
  ADD COLUMN recorded_count      INT          NOT NULL DEFAULT 0,
  ADD CONSTRAINT fk_session_saved_by FOREIGN KEY (attendance_saved_by) REFERENCES app_user (id);

-- One row per recorded entry; "not recorded" has no row.
CREATE TABLE attendance (
  session_id      BIGINT      NOT NULL,
  participant_id  BIGINT      NOT NULL,
  status          VARCHAR(8)  NOT NULL,
  PRIMARY KEY (session_id, participant_id),
  KEY ix_attendance_participant (participant_id, session_id),
  CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES course_session (id),
  CONSTRAINT fk_attendance_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'EXCUSED', 'ABSENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Every change after a sheet's first save: who, when, old and new value (NULL = not recorded).
-- participant_id NULL means the topic changed.
CREATE TABLE attendance_change (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  session_id      BIGINT        NOT NULL,
  participant_id  BIGINT        NULL,
  old_value       VARCHAR(500)  NULL,
  new_value       VARCHAR(500)  NULL,
  changed_by      BIGINT        NOT NULL,
  changed_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_attendance_change_session (session_id, changed_at),
  CONSTRAINT fk_attendance_change_session FOREIGN KEY (session_id) REFERENCES course_session (id),
  CONSTRAINT fk_attendance_change_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_attendance_change_user FOREIGN KEY (changed_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Month closing per course (month_start is the first day of the month). A month is closed while it has a
-- row without reopened_at; reopening keeps the row (and the uploaded scan) for the record.
CREATE TABLE month_closing (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  course_id          BIGINT        NOT NULL,
  month_start        DATE          NOT NULL,
  closed_by          BIGINT        NOT NULL,
  closed_at          DATETIME(3)   NOT NULL,
  scan_name          VARCHAR(200)  NULL,
  scan_type          VARCHAR(100)  NULL,
  scan               MEDIUMBLOB    NULL,
  reopened_by        BIGINT        NULL,
  reopened_at        DATETIME(3)   NULL,
  reopen_reason      VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_month_closing_course (course_id, month_start),
  CONSTRAINT fk_month_closing_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_month_closing_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id),
  CONSTRAINT fk_month_closing_reopened_by FOREIGN KEY (reopened_by) REFERENCES app_user (id),
  CONSTRAINT ck_month_closing_first_day CHECK (DAYOFMONTH(month_start) = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
