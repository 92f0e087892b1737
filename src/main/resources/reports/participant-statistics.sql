-- Participant statistics (issue 7; definitions in docs/reports.md "Participant statistics").
-- One row per (dimension, category) with the number of distinct participants enrolled on at least one day
-- of the period in a course that passes the filters. "Enrolled on a date D" is contract §5 (an enrollment
-- that was ENROLLED, from_date <= D, D before its withdrawal date), bounded by the course's end date.
-- :year is the period's start year (age = :year - birth_year; for an erased person the stand-in statistics_birth_year, V071). Filters that are NULL do not filter.
WITH places AS (
    -- each enrollment clipped to the period: its first and last enrolled day within from..to
    SELECT e.participant_id,
           GREATEST(e.from_date, :from)                                                     AS first_day,
           LEAST(COALESCE(e.withdrawal_date - INTERVAL 1 DAY, c.end_date), c.end_date, :to) AS last_day
    FROM enrollment e
    JOIN course c   ON c.id = e.course_id
    JOIN location l ON l.id = c.location_id
    WHERE e.was_enrolled
      AND e.from_date <= :to
      AND (:providerId IS NULL OR c.provider_id = :providerId)
      AND (:districtUserId IS NULL OR EXISTS (SELECT 1 FROM location dl JOIN app_user_district ud ON ud.district_id = dl.district_id
                                              WHERE dl.id = c.location_id AND ud.user_id = :districtUserId))
      AND (:districtId IS NULL OR l.district_id = :districtId)
      AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
),
people AS (
    -- everyone with at least one enrolled day in the period, once
    SELECT pl.participant_id,
           MAX(pl.first_day = :from) AS at_start,
           MAX(pl.last_day = :to)    AS at_end
    FROM places pl
    WHERE pl.first_day <= pl.last_day
    GROUP BY pl.participant_id
),
persons AS (
    SELECT pe.at_start,
           pe.at_end,
           p.gender,
           CASE WHEN COALESCE(p.birth_year, p.statistics_birth_year) IS NULL THEN 'AGE_UNKNOWN'
                WHEN :year - COALESCE(p.birth_year, p.statistics_birth_year) < 18 THEN 'UNDER_18'
                WHEN :year - COALESCE(p.birth_year, p.statistics_birth_year) <= 25 THEN 'AGE_18_25'
                WHEN :year - COALESCE(p.birth_year, p.statistics_birth_year) <= 45 THEN 'AGE_26_45'
                WHEN :year - COALESCE(p.birth_year, p.statistics_birth_year) <= 64 THEN 'AGE_46_64'
                ELSE 'AGE_65_PLUS' END                AS age_group,
           p.country_of_origin,
           COALESCE(p.residence_status, 'UNBEKANNT') AS residence_status,
           COALESCE(p.language_level, 'NONE')        AS language_level
    FROM people pe
    JOIN participant p ON p.id = pe.participant_id
),
countries AS (
    -- the ten most frequent countries of origin by name, everyone else as OTHERS
    SELECT country_of_origin,
           COUNT(*)                                                   AS participants,
           ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, country_of_origin) AS rank_by_count
    FROM persons
    GROUP BY country_of_origin
)
SELECT 'TOTAL' AS dimension, 'ALL' AS category, COUNT(*) AS participants FROM persons
UNION ALL
SELECT 'START', CASE WHEN at_start THEN 'AT_START' ELSE 'JOINED_LATER' END, COUNT(*) FROM persons GROUP BY 2
UNION ALL
SELECT 'END', CASE WHEN at_end THEN 'AT_END' ELSE 'LEFT_BEFORE_END' END, COUNT(*) FROM persons GROUP BY 2
UNION ALL
SELECT 'GENDER', gender, COUNT(*) FROM persons GROUP BY gender
UNION ALL
SELECT 'AGE_GROUP', age_group, COUNT(*) FROM persons GROUP BY age_group
UNION ALL
SELECT 'COUNTRY', CASE WHEN rank_by_count <= 10 THEN country_of_origin ELSE 'OTHERS' END, SUM(participants)
FROM countries GROUP BY 2
UNION ALL
SELECT 'RESIDENCE_STATUS', residence_status, COUNT(*) FROM persons GROUP BY residence_status
UNION ALL
SELECT 'LANGUAGE_LEVEL', language_level, COUNT(*) FROM persons GROUP BY language_level
