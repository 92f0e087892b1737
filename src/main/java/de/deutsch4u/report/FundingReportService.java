package de.deutsch4u.report;

import de.deutsch4u.common.Sql;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Funding figures (issue 7): per course with a session in the period, UE held against approved UE and the
 * claimable amount; summed per provider and funding line. Same scope as the usage report.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME, Roles.PROVIDER, Roles.DISTRICT})
public class FundingReportService {

    @Inject
    private Sql sql;

    @Inject
    private Caller caller;

    public FundingReport funding(UsageQuery query) {
        Map<String, Object> parameters = query.sqlParameters(caller.providerFilter(null), caller.districtUserId());
        List<FundingCourse> courses =
                sql.withHandle(handle -> handle.createQuery(Sql.file("reports/funding-courses.sql"))
                        .bindMap(parameters)
                        .map((rs, ctx) -> FundingCourse.of(
                                rs.getLong("course_id"),
                                rs.getString("title"),
                                rs.getLong("provider_id"),
                                rs.getString("provider_name"),
                                FundingLine.valueOf(rs.getString("funding_line")),
                                rs.getString("funding_reference"),
                                rs.getInt("approved_units"),
                                rs.getLong("units_held"),
                                rs.getObject("childcare_units", Integer.class),
                                rs.getBigDecimal("rate_per_unit"),
                                rs.getBigDecimal("funding_cap")))
                        .list());
        return new FundingReport(query.from(), query.to(), query.fundingLine(), courses, sums(courses));
    }

    /** The courses come ordered by provider and funding line, so the sums keep that order. */
    static List<FundingSum> sums(List<FundingCourse> courses) {
        Map<String, FundingSum> sums = new LinkedHashMap<>();
        for (FundingCourse course : courses) {
            sums.merge(
                    course.providerId() + "/" + course.fundingLine(),
                    FundingSum.empty(course).plus(course),
                    (sum, one) -> sum.plus(course));
        }
        return List.copyOf(sums.values());
    }
}
