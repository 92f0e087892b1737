-- "Hessen x10" for the usage report benchmark (issue 7): 100 providers, 300 locations in all districts,
-- 5,000 courses in 2025 with 40 sessions each (200,000; every 25th cancelled), 60,000 participants and
-- 15 entries per held session (about 2.9 M; 80 % PRESENT, 10 % EXCUSED, 10 % ABSENT). Then the
-- sessions' summary counts, as the attendance service keeps them. Rows are named "Bench-…"; load into a
-- migrated, otherwise unused database: mariadb … < bench/usage-data.sql (bench/usage-report.sh does it).
SET @now = NOW(3);

INSERT INTO provider (name, district_id, created_at)
SELECT CONCAT('Bench-Träger ', seq), 1 + seq % 33, @now FROM seq_1_to_100;
CREATE TEMPORARY TABLE bench_provider AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id FROM provider WHERE name LIKE 'Bench-Träger %';

INSERT INTO app_user (username, password_hash, display_name, role, provider_id, created_at)
SELECT CONCAT('bench-teacher-', n), 'not-a-login', CONCAT('Bench-Lehrkraft ', n), 'TEACHER', id, @now FROM bench_provider;
CREATE TEMPORARY TABLE bench_teacher AS
SELECT provider_id, MIN(id) AS id FROM app_user WHERE username LIKE 'bench-teacher-%' GROUP BY provider_id;

INSERT INTO location (provider_id, name, street, postal_code, city, district_id, capacity, created_at)
SELECT p.id, CONCAT('Bench-Ort ', seq), 'Hauptstraße 1', '60311', 'Frankfurt', 1 + seq % 33, 40, @now
FROM seq_1_to_300 JOIN bench_provider p ON p.n = 1 + seq % 100;
CREATE TEMPORARY TABLE bench_location AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id, provider_id FROM location WHERE name LIKE 'Bench-Ort %';

INSERT INTO course (provider_id, location_id, teacher_id, title, level, start_date, end_date, weekdays, start_time,
                    end_time, units_per_session, capacity, status, funding_line, created_at)
SELECT l.provider_id, l.id, t.id, CONCAT('Bench-Kurs ', seq), 'A1', '2025-01-06', '2025-12-19', '1', '09:00', '12:00',
       3 + seq % 2, 12 + seq % 8, 'PUBLISHED', IF(seq % 4 = 0, 'AMIF', 'STATE'), @now
FROM seq_1_to_5000 JOIN bench_location l ON l.n = 1 + seq % 300 JOIN bench_teacher t ON t.provider_id = l.provider_id;
CREATE TEMPORARY TABLE bench_course AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id, units_per_session FROM course WHERE title LIKE 'Bench-Kurs %';

INSERT INTO course_session (course_id, session_date, start_time, end_time, units, status)
SELECT c.id, DATE_ADD('2025-01-06', INTERVAL k.seq * 7 + c.n % 5 DAY), '09:00', '12:00', c.units_per_session,
       IF((c.n + k.seq) % 25 = 0, 'CANCELLED', 'HELD')
FROM bench_course c JOIN seq_0_to_39 k;

INSERT INTO participant (provider_id, first_name, last_name, birth_year, gender, country_of_origin, consent_date,
                         consent_recorded_by, consent_text_version, created_at)
SELECT p.id, 'Bench', CONCAT('Teilnehmende ', seq), 1960 + seq % 45, IF(seq % 3 = 0, 'MALE', 'FEMALE'), 'SY',
       '2025-01-01', 'bench', 'bench', @now
FROM seq_1_to_60000 JOIN bench_provider p ON p.n = 1 + seq % 100;
CREATE TEMPORARY TABLE bench_participant (n INT PRIMARY KEY, id BIGINT) AS
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id FROM participant WHERE first_name = 'Bench';

INSERT INTO attendance (session_id, participant_id, status)
SELECT s.id, p.id, CASE WHEN (s.id + j.seq) % 10 < 8 THEN 'PRESENT' WHEN (s.id + j.seq) % 10 = 8 THEN 'EXCUSED' ELSE 'ABSENT' END
FROM bench_course c
JOIN course_session s ON s.course_id = c.id AND s.status = 'HELD'
JOIN seq_1_to_15 j
JOIN bench_participant p ON p.n = 1 + (c.n * 12 + j.seq) % 60000;

UPDATE course_session s
JOIN (SELECT session_id, SUM(status = 'PRESENT') AS present, COUNT(*) AS recorded FROM attendance GROUP BY session_id) a
  ON a.session_id = s.id
SET s.present_count = a.present, s.recorded_count = a.recorded;

ANALYZE TABLE course_session, attendance, course, location, district, provider;
