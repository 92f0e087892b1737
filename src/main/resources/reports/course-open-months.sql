-- Per course with a session in the period (issue 7, funding figures; issue 14, start pages): its title, provider,
-- location and its open months.
-- A month of a course is closed while it has a month_closing row with reopened_at IS NULL
-- (attendance.MonthClosingService); it is open when the course has a session in it that is not
-- CANCELLED, dated in the period and not after :today, and no such row. Later months cannot be closed yet.
SELECT c.id                                                        AS course_id,
       c.title                                                     AS course_title,
       c.provider_id                                               AS provider_id,
       pr.name                                                     AS provider_name,
       l.name                                                      AS location_name,
       l.city                                                      AS location_city,
       COUNT(DISTINCT CASE WHEN s.status <> 'CANCELLED' AND s.session_date <= :today AND NOT EXISTS (
                 SELECT 1 FROM month_closing m
                 WHERE m.course_id = c.id
                   AND m.month_start = s.session_date - INTERVAL (DAYOFMONTH(s.session_date) - 1) DAY
                   AND m.reopened_at IS NULL)
             THEN s.session_date - INTERVAL (DAYOFMONTH(s.session_date) - 1) DAY END) AS open_months
FROM course_session s
JOIN course c   ON c.id = s.course_id
JOIN location l ON l.id = c.location_id
JOIN provider pr ON pr.id = c.provider_id
WHERE s.session_date BETWEEN :from AND :to
  AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
  AND (:providerId IS NULL OR c.provider_id = :providerId)
  AND (:districtUserId IS NULL OR EXISTS (SELECT 1 FROM location dl JOIN app_user_district ud ON ud.district_id = dl.district_id
                                          WHERE dl.id = c.location_id AND ud.user_id = :districtUserId))
GROUP BY c.id
