-- Usage report, session figures per group (contract §5 "Reports"; definitions in docs/reports.md).
-- <key> and <name> are the grouping's columns (GroupBy, put in by Jdbi's define); :parameters are bound by name.
-- Attendance is counted from the sessions' summary columns present_count and recorded_count, which the
-- attendance service keeps equal to the session's entries, so no attendance row is read here.
-- Step 1 sums each course's sessions in the period (ix_session_course_report alone, V040); step 2 sums
-- the courses per group. WITH ROLLUP adds the totals as one more row whose group_key is NULL, from the
-- same data in the same statement.
WITH per_course AS (
    SELECT s.course_id,
           SUM(s.status = 'HELD')                                   AS sessions_held,
           SUM(s.status = 'CANCELLED')                              AS sessions_cancelled,
           SUM(CASE WHEN s.status = 'HELD' THEN s.units ELSE 0 END) AS units_held,
           SUM(CASE WHEN s.status = 'HELD' THEN s.present_count * s.units ELSE 0 END) AS participant_units,
           SUM(CASE WHEN s.status = 'HELD' THEN s.present_count ELSE 0 END)           AS present_entries,
           SUM(CASE WHEN s.status = 'HELD' THEN s.recorded_count ELSE 0 END)          AS recorded_entries
    FROM course_session s
    JOIN course c ON c.id = s.course_id
    WHERE s.session_date BETWEEN :from AND :to
      AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
      AND (:providerId IS NULL OR c.provider_id = :providerId)
      AND (:districtUserId IS NULL OR EXISTS (SELECT 1 FROM location dl JOIN app_user_district ud ON ud.district_id = dl.district_id
                                              WHERE dl.id = c.location_id AND ud.user_id = :districtUserId))
    GROUP BY s.course_id
)
SELECT <key>                            AS group_key,
       MIN(<name>)                      AS group_name,
       COUNT(*)                          AS courses,
       SUM(pc.sessions_held)             AS sessions_held,
       SUM(pc.sessions_cancelled)        AS sessions_cancelled,
       SUM(pc.units_held)                AS units_held,
       SUM(pc.participant_units)         AS participant_units,
       SUM(pc.present_entries)           AS present_entries,
       SUM(pc.recorded_entries)          AS recorded_entries,
       SUM(pc.units_held * c.capacity)   AS capacity_units
FROM per_course pc
JOIN course c   ON c.id = pc.course_id
JOIN provider p ON p.id = c.provider_id
JOIN location l ON l.id = c.location_id
JOIN district d ON d.id = l.district_id
GROUP BY <key> WITH ROLLUP
