-- Usage report (issue 7), distinct participants without reading every attendance row: per course and
-- participant the first and last date on which they were PRESENT in a HELD session. AttendanceService
-- keeps it current in the same transaction as the entries. A pair whose presences all lie inside the
-- report's period counts from this row alone; only pairs that straddle the period's edges are checked
-- against their attendance rows (reports/usage-participants.sql, docs/reports.md).
CREATE TABLE course_presence (
  course_id       BIGINT  NOT NULL,
  participant_id  BIGINT  NOT NULL,
  first_present   DATE    NOT NULL,
  last_present    DATE    NOT NULL,
  PRIMARY KEY (course_id, participant_id),
  KEY ix_course_presence_participant (participant_id),
  CONSTRAINT fk_course_presence_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_course_presence_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT ck_course_presence_dates CHECK (last_present >= first_present)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO course_presence (course_id, participant_id, first_present, last_present)
SELECT s.course_id, a.participant_id, MIN(s.session_date), MAX(s.session_date)
FROM attendance a
JOIN course_session s ON s.id = a.session_id
WHERE a.status = 'PRESENT' AND s.status = 'HELD'
GROUP BY s.course_id, a.participant_id;

-- The session figures per course read only this index (course, then period; the summary counts
-- included), for the whole state's year as for one provider's month. It starts with course_id, so it
-- also serves the foreign key and every lookup of a course's sessions by date, which the narrower
-- ix_session_course_date did.
CREATE INDEX ix_session_course_report
  ON course_session (course_id, session_date, status, units, present_count, recorded_count);
DROP INDEX ix_session_course_date ON course_session;
