package de.deutsch4u.report;

import de.deutsch4u.course.FundingLine;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/** Funding figures of a period: per course, and summed per provider and funding line. */
@JsonbNillable
public record FundingReport(
        LocalDate from, LocalDate to, FundingLine fundingLine, List<FundingCourse> courses, List<FundingSum> sums) {}
