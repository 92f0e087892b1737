-- Usage report, distinct participants per group: everyone with at least one PRESENT entry in a HELD
-- session of the period (contract §5 "Reports"). The only report figure that reads attendance rows,
-- because a person in several sessions or courses counts once per group.
-- Step 1 reduces the PRESENT entries to distinct (course, participant) pairs, about one per enrollment
-- instead of one per session, so that step 2 counts per group over a small set (a year by course took
-- 7 s counting the entries directly, 2 s this way; docs/benchmarks.md). WITH ROLLUP adds the totals row
-- (group_key NULL): there COUNT(DISTINCT) counts everyone once over all groups.
WITH present AS (
    SELECT DISTINCT s.course_id, a.participant_id
    FROM course_session s
    JOIN course c     ON c.id = s.course_id
    JOIN attendance a ON a.session_id = s.id
    WHERE s.session_date BETWEEN :from AND :to
      AND s.status = 'HELD'
      AND a.status = 'PRESENT'
      AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
      AND (:providerId IS NULL OR c.provider_id = :providerId)
)
SELECT ${key}                            AS group_key,
       COUNT(DISTINCT pr.participant_id) AS participants
FROM present pr
JOIN course c   ON c.id = pr.course_id
JOIN provider p ON p.id = c.provider_id
JOIN location l ON l.id = c.location_id
JOIN district d ON d.id = l.district_id
GROUP BY ${key} WITH ROLLUP
