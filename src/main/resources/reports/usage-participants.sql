-- Usage report, distinct participants per group: everyone with at least one PRESENT entry in a HELD
-- session of the period (contract §5 "Reports"). The only report figure that reads attendance rows,
-- because a person in several sessions or courses counts once per group. WITH ROLLUP adds the totals row
-- (group_key NULL): there COUNT(DISTINCT) counts everyone once over all groups, in the same scan.
SELECT ${key}                           AS group_key,
       COUNT(DISTINCT a.participant_id) AS participants
FROM course_session s
JOIN course c     ON c.id = s.course_id
JOIN provider p   ON p.id = c.provider_id
JOIN location l   ON l.id = c.location_id
JOIN district d   ON d.id = l.district_id
JOIN attendance a ON a.session_id = s.id
WHERE s.session_date BETWEEN :from AND :to
  AND s.status = 'HELD'
  AND a.status = 'PRESENT'
  AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
  AND (:providerId IS NULL OR c.provider_id = :providerId)
GROUP BY ${key} WITH ROLLUP
