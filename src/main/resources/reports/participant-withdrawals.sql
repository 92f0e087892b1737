-- Withdrawals in the period by reason (issue 7; docs/reports.md "Participant statistics"): enrollments that
-- had a place (was_enrolled) and were withdrawn on a date from..to, in courses that pass the filters. An
-- event count: a person who left two courses counts twice. TRANSFER is a change of course, listed apart.
SELECT e.withdrawal_reason AS reason,
       COUNT(*)            AS withdrawals
FROM enrollment e
JOIN course c   ON c.id = e.course_id
JOIN location l ON l.id = c.location_id
WHERE e.status = 'WITHDRAWN'
  AND e.was_enrolled
  AND e.withdrawal_date BETWEEN :from AND :to
  AND (:providerId IS NULL OR c.provider_id = :providerId)
  AND (:districtUserId IS NULL OR EXISTS (SELECT 1 FROM location dl JOIN app_user_district ud ON ud.district_id = dl.district_id
                                          WHERE dl.id = c.location_id AND ud.user_id = :districtUserId))
  AND (:districtId IS NULL OR l.district_id = :districtId)
  AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
GROUP BY e.withdrawal_reason
