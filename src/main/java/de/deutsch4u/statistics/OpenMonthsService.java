package de.deutsch4u.statistics;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which months of a course are not closed yet, for everyone who sees funding figures: their figures may
 * still change (issue 7). Per course with a session in the period, in the caller's scope.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
public class OpenMonthsService {

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    /** By course id; {@code providerId} null = every provider in scope, {@code fundingLine} null = both. */
    public Map<Long, CourseMonths> byCourse(LocalDate from, LocalDate to, Long providerId, FundingLine fundingLine) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Date.valueOf(from));
        parameters.put("to", Date.valueOf(to));
        parameters.put("today", Date.valueOf(Today.date()));
        parameters.put("providerId", caller.providerFilter(providerId));
        parameters.put("districtUserId", caller.districtUserId());
        parameters.put("fundingLine", fundingLine == null ? null : fundingLine.name());
        Map<Long, CourseMonths> months = new HashMap<>();
        sql.withHandle(handle -> handle.createQuery(Sql.file("reports/course-open-months.sql")).bindMap(parameters)
                .map((rs, ctx) -> new CourseMonths(rs.getLong("course_id"), rs.getString("location_name"),
                        rs.getString("location_city"), rs.getInt("open_months")))
                .list()).forEach(course -> months.put(course.courseId(), course));
        return months;
    }
}
