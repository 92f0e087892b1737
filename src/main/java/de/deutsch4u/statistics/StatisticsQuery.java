package de.deutsch4u.statistics;

import de.deutsch4u.course.FundingLine;
import de.deutsch4u.report.UsageQuery;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the participant statistics are asked for: the period (both days included) and the optional filters
 * provider, district (of the course's location) and funding line; null means all.
 */
public record StatisticsQuery(
        LocalDate from, LocalDate to, Long providerId, Integer districtId, FundingLine fundingLine)
        implements Serializable {

    /** From the API's parameters, with the usage report's checks (400 on from, to and fundingLine). */
    public static StatisticsQuery ofParams(
            LocalDate from, LocalDate to, Long providerId, Integer districtId, String fundingLine) {
        UsageQuery checked = UsageQuery.ofParams(from, to, null, fundingLine);
        return new StatisticsQuery(checked.from(), checked.to(), providerId, districtId, checked.fundingLine());
    }

    /** A provider's calendar year of one funding line (the funding statement). */
    public static StatisticsQuery year(long providerId, int year, FundingLine fundingLine) {
        return new StatisticsQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), providerId, null, fundingLine);
    }

    StatisticsQuery withProvider(Long provider) {
        return new StatisticsQuery(from, to, provider, districtId, fundingLine);
    }
}
