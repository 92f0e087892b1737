package de.deutsch4u.statistics;

import de.deutsch4u.common.Sql;
import de.deutsch4u.common.TaskList;
import de.deutsch4u.common.Today;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which months of a course are not closed yet, for everyone who sees funding figures: their figures may
 * still change (issue 7). Per course with a session in the period, in the caller's scope.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
public class OpenMonthsService {

    /** Before the programme started: "every month so far". */
    public static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

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
        sql.withHandle(handle -> handle.createQuery(Sql.file("reports/course-open-months.sql"))
                        .bindMap(parameters)
                        .map((rs, ctx) -> new CourseMonths(
                                rs.getLong("course_id"),
                                rs.getString("course_title"),
                                rs.getLong("provider_id"),
                                rs.getString("provider_name"),
                                rs.getString("location_name"),
                                rs.getString("location_city"),
                                rs.getInt("open_months")))
                        .list())
                .forEach(course -> months.put(course.courseId(), course));
        return months;
    }

    /**
     * For the programme's start page: per provider, its months that have ended (up to {@code to}) with sessions and
     * are not closed yet, summed over its courses; only providers with such months, by name.
     */
    public TaskList openMonthsByProvider(LocalDate to) {
        Map<Long, List<CourseMonths>> byProvider = byCourse(EARLIEST, to, null, null).values().stream()
                .filter(months -> months.openMonths() > 0)
                .collect(Collectors.groupingBy(CourseMonths::providerId));
        return new TaskList(byProvider.values().stream()
                .map(courses -> new TaskList.Line(
                        courses.get(0).providerId(),
                        courses.get(0).providerName(),
                        courses.stream().mapToLong(CourseMonths::openMonths).sum()))
                .sorted(Comparator.comparing(TaskList.Line::label).thenComparing(TaskList.Line::id))
                .toList());
    }
}
