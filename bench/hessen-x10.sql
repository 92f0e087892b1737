-- "Hessen x10" (issue 7): a year of the whole state, ten times today's programme, for the report benchmark.
-- Load into a database the application has migrated and that holds nothing else but `admin`
-- (bench/reports.sh does it): mariadb <db> < bench/hessen-x10.sql. Everything is INSERT ... SELECT from
-- MariaDB's SEQUENCE tables (seq_1_to_N), so the ~3 M attendance rows load in minutes, not hours.
--
-- The year is the current calendar year (@year). Sessions up to today are HELD (every 23rd CANCELLED),
-- later ones PLANNED, as the application would leave them:
--   120 providers (Bench-Träger n), 10 teachers each, 400 locations spread over the 33 districts valid
--   in that year; 5,000 courses of 40 sessions (two a week for 20 weeks, starting in weeks 0..30), i.e.
--   200,000 sessions; 500 participants per provider (60,000); per course `capacity` (12..20) places,
--   every 8th place withdrawn after 6..14 weeks and given to someone else, 2 on the waiting list;
--   attendance for everyone enrolled on the day of each HELD session (about 3 % not recorded; 80 %
--   PRESENT, 9 % EXCUSED, 8 % ABSENT; every 37th participant never comes).
-- Sessions are left as one save leaves them (attendance.SheetWriter): status HELD, attendance_version 1,
-- version 1, attendance_saved_at/by. "Enrolled on the day" is the view enrolled_session (V095); the derived
-- present_count / recorded_count and course_presence are written by the application's own writer, the
-- procedures of V096. bench/reports.sh checks them all against the attendance rows after loading.
SET @year = COALESCE(@year, YEAR(CURDATE()));
SET @today = CURDATE();
SET @now = NOW(3);
-- The first Monday of the year: week 0 of the course plan.
SET @monday = DATE_ADD(MAKEDATE(@year, 1), INTERVAL (7 - WEEKDAY(MAKEDATE(@year, 1))) % 7 DAY);
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;

CREATE TEMPORARY TABLE bench_district (n INT PRIMARY KEY, id INT) AS
SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, id FROM district
WHERE valid_from <= MAKEDATE(@year, 1) AND (valid_to IS NULL OR valid_to >= MAKEDATE(@year, 1));

INSERT INTO provider (name, district_id, created_at)
SELECT CONCAT('Bench-Träger ', seq), d.id, @now
FROM seq_1_to_120 JOIN bench_district d ON d.n = seq % 33 ORDER BY seq;
CREATE TEMPORARY TABLE bench_provider (n INT PRIMARY KEY, id BIGINT) AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id FROM provider WHERE name LIKE 'Bench-Träger %';

INSERT INTO app_user (username, password_hash, display_name, role, provider_id, created_at)
SELECT CONCAT('bench-teacher-', p.n, '-', t.seq), 'not-a-login', CONCAT('Bench-Lehrkraft ', p.n, '-', t.seq),
       'TEACHER', p.id, @now
FROM bench_provider p JOIN seq_0_to_9 t ORDER BY p.n, t.seq;
CREATE TEMPORARY TABLE bench_teacher (provider_id BIGINT, k INT, id BIGINT, PRIMARY KEY (provider_id, k)) AS
SELECT provider_id, ROW_NUMBER() OVER (PARTITION BY provider_id ORDER BY id) - 1 AS k, id
FROM app_user WHERE username LIKE 'bench-teacher-%';

-- Location n belongs to provider 1 + n % 120 and lies in district n % 33.
INSERT INTO location (provider_id, name, street, postal_code, city, district_id, capacity, created_at)
SELECT p.id, CONCAT('Bench-Ort ', seq), 'Hauptstraße 1', '60311', 'Bench-Stadt', d.id, 40, @now
FROM seq_1_to_400 JOIN bench_provider p ON p.n = 1 + seq % 120 JOIN bench_district d ON d.n = seq % 33 ORDER BY seq;
CREATE TEMPORARY TABLE bench_location (n INT PRIMARY KEY, id BIGINT, provider_id BIGINT) AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id, provider_id FROM location WHERE name LIKE 'Bench-Ort %';

-- The course plan: n, its location, its rank r among its provider's courses (teacher, time slot,
-- participants), start week w0, first weekday d0 (Mon/Wed or Tue/Thu).
CREATE TEMPORARY TABLE bench_plan (n INT PRIMARY KEY, provider_id BIGINT, location_id BIGINT, r INT, w0 INT, d0 INT,
                                   units INT, capacity INT, slot INT) AS
SELECT seq AS n, l.provider_id, l.id AS location_id,
       ROW_NUMBER() OVER (PARTITION BY l.provider_id ORDER BY seq) - 1 AS r,
       seq % 31 AS w0, seq % 2 AS d0, 3 + seq % 2 AS units, 12 + seq % 9 AS capacity, 0 AS slot
FROM seq_1_to_5000 JOIN bench_location l ON l.n = 1 + seq % 400;
UPDATE bench_plan SET slot = (r DIV 10) % 3;

INSERT INTO course (provider_id, location_id, teacher_id, title, level, start_date, end_date, weekdays, start_time,
                    end_time, units_per_session, capacity, status, funding_line, created_at)
SELECT b.provider_id, b.location_id, t.id, CONCAT('Bench-Kurs ', b.n), ELT(1 + b.n % 5, 'ALPHA', 'A1', 'A2', 'B1', 'B2'),
       DATE_ADD(@monday, INTERVAL 7 * b.w0 + b.d0 DAY), DATE_ADD(@monday, INTERVAL 7 * (b.w0 + 19) + b.d0 + 2 DAY),
       IF(b.d0 = 0, '1,3', '2,4'), ELT(1 + b.slot, '08:30', '13:00', '17:30'), ELT(1 + b.slot, '11:30', '16:00', '20:30'),
       b.units, b.capacity, 'PUBLISHED', IF(b.n % 4 = 0, 'AMIF', 'STATE'), @now
FROM bench_plan b JOIN bench_teacher t ON t.provider_id = b.provider_id AND t.k = b.r % 10
ORDER BY b.n;
CREATE TEMPORARY TABLE bench_course (n INT PRIMARY KEY, id BIGINT UNIQUE, teacher_id BIGINT) AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id, teacher_id FROM course WHERE title LIKE 'Bench-Kurs %';

-- Session k (0..39) of course n is in week w0 + k DIV 2, on its first or second weekday.
INSERT INTO course_session (course_id, session_date, start_time, end_time, units, status, cancel_reason)
SELECT x.course_id, x.day, x.start_time, x.end_time, x.units,
       CASE WHEN x.day > @today THEN 'PLANNED' WHEN x.cancelled THEN 'CANCELLED' ELSE 'HELD' END,
       IF(x.day <= @today AND x.cancelled, 'Bench: Lehrkraft erkrankt', NULL)
FROM (SELECT c.id AS course_id, DATE_ADD(@monday, INTERVAL 7 * (b.w0 + k.seq DIV 2) + b.d0 + 2 * (k.seq % 2) DAY) AS day,
             co.start_time, co.end_time, b.units, (b.n + k.seq) % 23 = 0 AS cancelled
      FROM bench_plan b JOIN bench_course c ON c.n = b.n JOIN course co ON co.id = c.id JOIN seq_0_to_39 k) x
ORDER BY x.course_id, x.day;

INSERT INTO participant (provider_id, first_name, last_name, birth_year, gender, country_of_origin, residence_status,
                         language_level, consent_date, consent_recorded_by, consent_text_version, created_at)
SELECT p.id, 'Bench', CONCAT('Teilnehmende ', p.n, '-', k.seq), 1950 + (p.n * 7 + k.seq) % 58,
       ELT(1 + k.seq % 7, 'FEMALE', 'MALE', 'FEMALE', 'MALE', 'FEMALE', 'DIVERSE', 'UNSPECIFIED'),
       ELT(1 + (p.n + k.seq) % 8, 'SY', 'AF', 'UA', 'IQ', 'ER', 'TR', 'IR', 'SO'),
       ELT(1 + k.seq % 4, 'GESTATTUNG', 'DULDUNG', 'AE_SCHUTZ', 'AE_24_UKRAINE'),
       ELT(1 + k.seq % 5, 'ALPHA', 'A1', 'A2', 'B1', 'B2'), MAKEDATE(@year, 1), 'bench', 'bench', @now
FROM bench_provider p JOIN seq_0_to_499 k ORDER BY p.n, k.seq;
CREATE TEMPORARY TABLE bench_participant (provider_id BIGINT, k INT, id BIGINT, PRIMARY KEY (provider_id, k)) AS
SELECT provider_id, ROW_NUMBER() OVER (PARTITION BY provider_id ORDER BY id) - 1 AS k, id
FROM participant WHERE first_name = 'Bench';

-- Seats of a course: 0..capacity-1 enrolled from the start; capacity, capacity+1 on the waiting list;
-- capacity+2+j takes place j when its first holder withdraws ((n + j) % 8 = 0). A seat's person is
-- number (23 r + seat) % 500 of the provider's participants, so people take several courses in a year.
CREATE TEMPORARY TABLE bench_seat (course_id BIGINT, seat INT, participant_id BIGINT, status VARCHAR(10),
                                   position INT, from_date DATE, was_enrolled BOOLEAN, withdrawal_date DATE,
                                   reason VARCHAR(20)) AS
SELECT c.id AS course_id, s.seq AS seat, pp.id AS participant_id,
       CASE WHEN s.seq >= b.capacity + 2 THEN 'ENROLLED' WHEN s.seq >= b.capacity THEN 'WAITLISTED'
            WHEN (b.n + s.seq) % 8 = 0 THEN 'WITHDRAWN' ELSE 'ENROLLED' END AS status,
       IF(s.seq BETWEEN b.capacity AND b.capacity + 1, s.seq - b.capacity + 1, NULL) AS position,
       CASE WHEN s.seq >= b.capacity + 2
            THEN DATE_ADD(co.start_date, INTERVAL 7 * (6 + (b.n + s.seq - b.capacity - 2) % 9) DAY)
            ELSE co.start_date END AS from_date,
       s.seq < b.capacity OR s.seq >= b.capacity + 2 AS was_enrolled,
       IF(s.seq < b.capacity AND (b.n + s.seq) % 8 = 0,
          DATE_ADD(co.start_date, INTERVAL 7 * (6 + (b.n + s.seq) % 9) DAY), NULL) AS withdrawal_date,
       IF(s.seq < b.capacity AND (b.n + s.seq) % 8 = 0,
          ELT(1 + (b.n + s.seq) % 5, 'WORK', 'MOVED', 'INTEGRATION_COURSE', 'ILLNESS', 'UNKNOWN'), NULL) AS reason
FROM bench_plan b JOIN bench_course c ON c.n = b.n JOIN course co ON co.id = c.id
JOIN (SELECT CAST(seq AS SIGNED) AS seq FROM seq_0_to_41) s ON s.seq < b.capacity + 2
                  OR (s.seq - b.capacity - 2 < b.capacity AND (b.n + s.seq - b.capacity - 2) % 8 = 0)
JOIN bench_participant pp ON pp.provider_id = b.provider_id AND pp.k = (23 * b.r + s.seq) % 500;

INSERT INTO enrollment (course_id, participant_id, status, waitlist_position, from_date, was_enrolled, withdrawal_date,
                        withdrawal_reason, created_at)
SELECT course_id, participant_id, status, position, from_date, was_enrolled, withdrawal_date, reason, @now
FROM bench_seat ORDER BY course_id, seat;

-- The entries, as a teacher would have saved them: everyone enrolled on the day (contract §5), a few
-- left empty. Foreign keys are off for this one statement only: the rows come from the tables above.
SET SESSION foreign_key_checks = 0;
INSERT INTO attendance (session_id, participant_id, status)
SELECT x.session_id, x.participant_id,
       CASE WHEN x.participant_id % 37 = 0 OR x.h >= 92 THEN 'ABSENT' WHEN x.h >= 83 THEN 'EXCUSED' ELSE 'PRESENT' END
FROM (SELECT s.id AS session_id, es.participant_id, (s.id * 7 + es.participant_id * 13) % 100 AS h
      FROM course_session s
      JOIN enrolled_session es ON es.session_id = s.id
      WHERE s.status = 'HELD') x
WHERE x.h >= 3;
SET SESSION foreign_key_checks = 1;

CREATE TEMPORARY TABLE bench_recorded (id BIGINT PRIMARY KEY) AS SELECT DISTINCT session_id AS id FROM attendance;
UPDATE course_session s
JOIN bench_recorded r ON r.id = s.id
JOIN bench_course c ON c.id = s.course_id
SET s.attendance_version = 1, s.version = 1,
    s.attendance_saved_at = TIMESTAMP(s.session_date, s.end_time), s.attendance_saved_by = c.teacher_id;

-- The derived counts and course_presence, by the application's writer (V096), course by course in one
-- transaction (a commit per call would wait for the disk 5,000 times).
START TRANSACTION;
DELIMITER $$
BEGIN NOT ATOMIC
  FOR c IN (SELECT id FROM bench_course) DO
    CALL derive_course_attendance(c.id);
  END FOR;
END$$
DELIMITER ;
COMMIT;

ANALYZE TABLE district, provider, app_user, location, course, course_session, participant, enrollment, attendance,
              course_presence;
