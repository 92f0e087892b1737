-- A sheet's lines (attendance.SheetReader; also run by bench/SqlPathBench.java): everyone ever enrolled in the
-- session's course, in sheet order, with their saved entry and whether they are enrolled on the session's date
-- (the view enrolled_session, V095). Only people enrolled once can have entries.
SELECT p.id, p.first_name, p.last_name, a.status,
       MAX(es.session_id IS NOT NULL) AS enrolled_on_date
FROM enrollment e JOIN participant p ON p.id = e.participant_id
LEFT JOIN enrolled_session es ON es.enrollment_id = e.id AND es.session_id = :session
LEFT JOIN attendance a ON a.session_id = :session AND a.participant_id = p.id
WHERE e.course_id = :course
GROUP BY p.id, p.first_name, p.last_name, a.status
ORDER BY p.last_name, p.first_name, p.id
