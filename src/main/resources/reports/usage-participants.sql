-- Usage report, distinct participants per group: everyone with at least one PRESENT entry in a HELD
-- session of the period (contract §5 "Reports"); a person in several sessions or courses counts once per
-- group, and once in the totals (WITH ROLLUP: the row whose group_key is NULL).
-- course_presence (V040) holds, per course and participant, the first and last day PRESENT in a HELD session.
-- A pair whose first or last day lies in the period counts without further reading (that day is a presence in
-- the period); a pair whose days lie wholly before or after the period does not count; only a pair whose days
-- enclose the period (present before it and after it) counts if one of its attendance rows in the period is
-- PRESENT. A period that cuts many courses thus reads attendance rows only for courses that run across all of it.
SELECT <key>                            AS group_key,
       COUNT(DISTINCT cp.participant_id) AS participants
FROM course_presence cp
JOIN course c     ON c.id = cp.course_id
JOIN provider p   ON p.id = c.provider_id
JOIN location l   ON l.id = c.location_id
JOIN district d   ON d.id = l.district_id
WHERE cp.last_present >= :from
  AND cp.first_present <= :to
  AND (:fundingLine IS NULL OR c.funding_line = :fundingLine)
  AND (:providerId IS NULL OR c.provider_id = :providerId)
  AND (:districtUserId IS NULL OR EXISTS (SELECT 1 FROM location dl JOIN app_user_district ud ON ud.district_id = dl.district_id
                                          WHERE dl.id = c.location_id AND ud.user_id = :districtUserId))
  AND (cp.first_present >= :from OR cp.last_present <= :to
       OR EXISTS (SELECT 1
                  FROM course_session s
                  JOIN attendance a ON a.session_id = s.id AND a.participant_id = cp.participant_id
                  WHERE s.course_id = cp.course_id
                    AND s.session_date BETWEEN :from AND :to
                    AND s.status = 'HELD'
                    AND a.status = 'PRESENT'))
GROUP BY <key> WITH ROLLUP
