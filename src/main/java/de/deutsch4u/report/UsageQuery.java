package de.deutsch4u.report;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.FundingLine;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** What the usage report is asked for: the period (both days included), the grouping and the funding line (null = all). */
public record UsageQuery(LocalDate from, LocalDate to, GroupBy groupBy, FundingLine fundingLine) implements Serializable {

    public UsageQuery {
        if (from == null) {
            throw BusinessException.invalidField("from", "violation.required");
        }
        if (to == null) {
            throw BusinessException.invalidField("to", "violation.required");
        }
        if (from.isAfter(to)) {
            throw BusinessException.invalidField("to", "violation.endDate.beforeStart");
        }
        if (groupBy == null) {
            groupBy = GroupBy.PROVIDER;
        }
    }

    /** From the API's query parameters; an unknown groupBy or fundingLine is a 400 on that parameter. */
    public static UsageQuery ofParams(LocalDate from, LocalDate to, String groupBy, String fundingLine) {
        return new UsageQuery(from, to, GroupBy.ofParam(groupBy), fundingLine(fundingLine));
    }

    private static FundingLine fundingLine(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FundingLine.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("fundingLine", "violation.fundingLine.unknown");
        }
    }
}
