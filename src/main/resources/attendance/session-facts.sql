-- What the attendance checks need to know of one session, in one query (attendance.SessionAccess; also run by
-- bench/SqlPathBench.java): its course, provider, date, status, effective teacher, sheet version and topic,
-- whether :me teaches the course (its teacher or a substitute of one of its sessions) and whether the session's
-- month is closed. SessionAccess appends FOR UPDATE for a save.
SELECT s.course_id, c.provider_id, s.session_date, s.status,
       COALESCE(s.substitute_teacher_id, c.teacher_id) AS effective_teacher_id,
       s.attendance_version, s.topic,
       c.teacher_id = :me OR EXISTS (SELECT 1 FROM course_session x
                                     WHERE x.course_id = c.id AND x.substitute_teacher_id = :me)
           AS teaches_course,
       EXISTS (SELECT 1 FROM month_closing m WHERE m.course_id = c.id AND m.reopened_at IS NULL
                 AND m.month_start = s.session_date - INTERVAL (DAYOFMONTH(s.session_date) - 1) DAY)
           AS month_closed
FROM course_session s JOIN course c ON c.id = s.course_id WHERE s.id = :session
