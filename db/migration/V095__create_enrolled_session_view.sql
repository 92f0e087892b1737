-- "Enrolled on date D" (contract §5), the one definition every query uses (issue 16): an enrollment that
-- was ENROLLED (was_enrolled), from_date <= D, and D before its withdrawal date (none: still enrolled).
-- One row per enrollment and session of its course dated while the enrollment held a place (a person
-- enrolled twice in one course has a row per enrollment that covers the date).
-- ALGORITHM=MERGE: MariaDB folds the view into the query that reads it, so its indexes
-- (enrollment by course, course_session by course and date) serve as if the join were written out.
-- SQL SECURITY INVOKER: the view needs no account of its own (a restore under another user keeps working).
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW enrolled_session AS
SELECT e.id             AS enrollment_id,
       e.course_id      AS course_id,
       e.participant_id AS participant_id,
       s.id             AS session_id,
       s.session_date   AS session_date
FROM enrollment e
JOIN course_session s ON s.course_id = e.course_id
WHERE e.was_enrolled
  AND e.from_date <= s.session_date
  AND (e.withdrawal_date IS NULL OR e.withdrawal_date > s.session_date);
