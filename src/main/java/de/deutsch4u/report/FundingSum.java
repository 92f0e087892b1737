package de.deutsch4u.report;

import de.deutsch4u.course.FundingLine;
import java.math.BigDecimal;

/**
 * The funding figures of one provider and funding line: sums over its courses. {@code claimable} sums the
 * courses that have a rate; {@code coursesWithoutRate} says how many could not be valued.
 */
public record FundingSum(
        long providerId,
        String providerName,
        FundingLine fundingLine,
        int courses,
        long approvedUnits,
        long unitsHeld,
        long childcareUnits,
        BigDecimal claimable,
        int coursesWithoutRate) {

    FundingSum plus(FundingCourse course) {
        return new FundingSum(
                providerId,
                providerName,
                fundingLine,
                courses + 1,
                approvedUnits + course.approvedUnits(),
                unitsHeld + course.unitsHeld(),
                childcareUnits + (course.childcareUnits() == null ? 0 : course.childcareUnits()),
                course.claimable() == null ? claimable : claimable.add(course.claimable()),
                coursesWithoutRate + (course.claimable() == null ? 1 : 0));
    }

    static FundingSum empty(FundingCourse course) {
        return new FundingSum(
                course.providerId(),
                course.providerName(),
                course.fundingLine(),
                0,
                0,
                0,
                0,
                new BigDecimal("0.00"),
                0);
    }
}
