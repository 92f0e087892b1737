-- The usage report (reports/usage-*.sql) reads the sessions of a period: with this index it finds them
-- by date and status and takes course, units and the attendance summary counts from the index alone,
-- without reading the wider session rows (topic, cancel reason). See docs/reports.md.
CREATE INDEX ix_session_date_status
  ON course_session (session_date, status, course_id, units, present_count, recorded_count);
