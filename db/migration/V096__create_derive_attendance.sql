-- The one writer of the tables derived from the attendance rows (issue 16): a session's present_count and
-- recorded_count (the usage report sums them) and course_presence (V040: per course and participant the
-- first and last day PRESENT in a HELD session). Whatever writes attendance rows calls these afterwards, in
-- the same transaction: the sheet save derive_attendance (attendance.DerivedAttendance), the demo data and
-- the benchmark loader (bench/hessen-x10.sql) derive_course_attendance. Parameters start with p_: a
-- parameter named like a column would be read instead of the column.
DELIMITER $$

-- The counts of one session, from its entries.
CREATE PROCEDURE derive_session_counts(IN p_session_id BIGINT)
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
BEGIN
  UPDATE course_session
  SET present_count  = (SELECT COUNT(*) FROM attendance WHERE session_id = p_session_id AND status = 'PRESENT'),
      recorded_count = (SELECT COUNT(*) FROM attendance WHERE session_id = p_session_id)
  WHERE id = p_session_id;
END$$

-- The course_presence rows of a course, from its HELD sessions' entries: of the participants in the JSON
-- array p_participant_ids, or of everyone when it is NULL.
CREATE PROCEDURE derive_course_presence(IN p_course_id BIGINT, IN p_participant_ids LONGTEXT)
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
BEGIN
  IF p_participant_ids IS NULL THEN
    DELETE FROM course_presence WHERE course_id = p_course_id;
    INSERT INTO course_presence (course_id, participant_id, first_present, last_present)
    SELECT STRAIGHT_JOIN s.course_id, a.participant_id, MIN(s.session_date), MAX(s.session_date)
    FROM course_session s JOIN attendance a ON a.session_id = s.id
    WHERE s.course_id = p_course_id AND s.status = 'HELD' AND a.status = 'PRESENT'
    GROUP BY s.course_id, a.participant_id;
  ELSE
    DELETE FROM course_presence
    WHERE course_id = p_course_id
      AND participant_id IN (SELECT id FROM JSON_TABLE(p_participant_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) AS j);
    INSERT INTO course_presence (course_id, participant_id, first_present, last_present)
    SELECT STRAIGHT_JOIN s.course_id, a.participant_id, MIN(s.session_date), MAX(s.session_date)
    FROM course_session s JOIN attendance a ON a.session_id = s.id
    WHERE s.course_id = p_course_id AND s.status = 'HELD' AND a.status = 'PRESENT'
      AND a.participant_id IN (SELECT id FROM JSON_TABLE(p_participant_ids, '$[*]' COLUMNS (id BIGINT PATH '$')) AS j)
    GROUP BY s.course_id, a.participant_id;
  END IF;
END$$

-- After a save of one HELD session's entries. Everyone PRESENT at the session has their row widened to its
-- date (a presence can only widen a row; rows that cover the date stay as they are). p_no_longer_present_ids,
-- a JSON array, names who was PRESENT at this session before the save and is not now: their rows are
-- recomputed (they may shrink or go). Measured per save against the former statements: about 0.3-0.5 ms
-- more, the procedure calls (docs/benchmarks.md).
CREATE PROCEDURE derive_attendance(IN p_session_id BIGINT, IN p_no_longer_present_ids LONGTEXT)
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
BEGIN
  DECLARE v_course_id BIGINT;
  CALL derive_session_counts(p_session_id);
  INSERT INTO course_presence (course_id, participant_id, first_present, last_present)
  SELECT s.course_id, a.participant_id, s.session_date, s.session_date
  FROM course_session s JOIN attendance a ON a.session_id = s.id
  WHERE s.id = p_session_id AND s.status = 'HELD' AND a.status = 'PRESENT'
  ON DUPLICATE KEY UPDATE first_present = LEAST(first_present, VALUES(first_present)),
                          last_present = GREATEST(last_present, VALUES(last_present));
  IF p_no_longer_present_ids <> '[]' THEN
    SELECT course_id INTO v_course_id FROM course_session WHERE id = p_session_id;
    CALL derive_course_presence(v_course_id, p_no_longer_present_ids);
  END IF;
END$$

-- After entries of many sessions of a course were written at once (demo data, benchmark loader).
CREATE PROCEDURE derive_course_attendance(IN p_course_id BIGINT)
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
BEGIN
  FOR s IN (SELECT id FROM course_session WHERE course_id = p_course_id) DO
    CALL derive_session_counts(s.id);
  END FOR;
  CALL derive_course_presence(p_course_id, NULL);
END$$

DELIMITER ;
