-- The usage report for 2025 by district, written as plain aggregate SQL over the attendance rows (no
-- summary columns): the reference the application's figures must equal (bench/usage-report.sh).
SELECT d.id AS district, cs.courses, cs.sessions_held, cs.sessions_cancelled, cs.units_held,
       COALESCE(a.participants, 0) AS participants, COALESCE(a.participant_units, 0) AS participant_units,
       ROUND(CAST(a.present AS DECIMAL(20, 8)) / NULLIF(a.recorded, 0), 4) AS attendance_rate,
       ROUND(CAST(COALESCE(a.participant_units, 0) AS DECIMAL(20, 8)) / NULLIF(cs.capacity_units, 0), 4) AS utilisation
FROM district d
JOIN (SELECT l.district_id, COUNT(DISTINCT s.course_id) AS courses, SUM(s.status = 'HELD') AS sessions_held,
             SUM(s.status = 'CANCELLED') AS sessions_cancelled, SUM(IF(s.status = 'HELD', s.units, 0)) AS units_held,
             SUM(IF(s.status = 'HELD', s.units * c.capacity, 0)) AS capacity_units
      FROM course_session s JOIN course c ON c.id = s.course_id JOIN location l ON l.id = c.location_id
      WHERE s.session_date BETWEEN '2025-01-01' AND '2025-12-31'
      GROUP BY l.district_id) cs ON cs.district_id = d.id
LEFT JOIN (SELECT l.district_id, COUNT(DISTINCT IF(a.status = 'PRESENT', a.participant_id, NULL)) AS participants,
                  SUM(IF(a.status = 'PRESENT', s.units, 0)) AS participant_units, SUM(a.status = 'PRESENT') AS present,
                  COUNT(*) AS recorded
           FROM attendance a JOIN course_session s ON s.id = a.session_id JOIN course c ON c.id = s.course_id
           JOIN location l ON l.id = c.location_id
           WHERE s.session_date BETWEEN '2025-01-01' AND '2025-12-31' AND s.status = 'HELD'
           GROUP BY l.district_id) a ON a.district_id = d.id
ORDER BY d.name;
