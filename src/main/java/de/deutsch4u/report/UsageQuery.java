package de.deutsch4u.report;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.FundingLine;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the usage report is asked for: the period (both days included), the grouping and the funding line (null = all). */
public record UsageQuery(LocalDate from, LocalDate to, GroupBy groupBy, FundingLine fundingLine)
        implements Serializable {

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

    /**
     * The named parameters of every report query (reports/*.sql): the period, the funding line and the scope,
     * a provider (null: any) and the districts of a DISTRICT account (its id; null: any).
     */
    Map<String, Object> sqlParameters(Long providerId, Long districtUserId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Date.valueOf(from));
        parameters.put("to", Date.valueOf(to));
        parameters.put("fundingLine", fundingLine == null ? null : fundingLine.name());
        parameters.put("providerId", providerId);
        parameters.put("districtUserId", districtUserId);
        return parameters;
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
