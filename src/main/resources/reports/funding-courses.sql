-- Funding figures per course (issue 7 "Funding figures"; definitions in docs/reports.md): the units held
-- in the period against the course's approved units, with its childcare units, rate and cap.
-- Courses with at least one session in the period, in the caller's scope, optionally of one funding line.
SELECT c.id                                                      AS course_id,
       c.title                                                   AS title,
       c.provider_id                                             AS provider_id,
       p.name                                                    AS provider_name,
       c.funding_line                                            AS funding_line,
       c.funding_reference                                       AS funding_reference,
       c.approved_units                                          AS approved_units,
       c.childcare_units                                         AS childcare_units,
       c.rate_per_unit                                           AS rate_per_unit,
       c.funding_cap                                             AS funding_cap,
       SUM(CASE WHEN s.status = 'HELD' THEN s.units ELSE 0 END)  AS units_held
FROM course_session s
JOIN course c   ON c.id = s.course_id
JOIN provider p ON p.id = c.provider_id
WHERE s.session_date BETWEEN :from AND :to
  AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
  AND (:providerId IS NULL OR c.provider_id = :providerId)
  AND (:districtUserId IS NULL OR EXISTS (SELECT 1 FROM location dl JOIN app_user_district ud ON ud.district_id = dl.district_id
                                          WHERE dl.id = c.location_id AND ud.user_id = :districtUserId))
GROUP BY c.id
ORDER BY p.name, c.funding_line, c.title, c.id
