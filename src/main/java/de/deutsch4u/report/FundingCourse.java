package de.deutsch4u.report;

import de.deutsch4u.course.FundingLine;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Funding figures of one course in a period: UE held against the approved UE, childcare units, and the
 * claimable amount = UE held × rate per UE, capped by the course's funding cap (null without a rate).
 */
@JsonbNillable
public record FundingCourse(
        long courseId,
        String title,
        long providerId,
        String providerName,
        FundingLine fundingLine,
        String fundingReference,
        int approvedUnits,
        long unitsHeld,
        Integer childcareUnits,
        BigDecimal ratePerUnit,
        BigDecimal fundingCap,
        BigDecimal claimable)
        implements Serializable {

    static FundingCourse of(
            long courseId,
            String title,
            long providerId,
            String providerName,
            FundingLine fundingLine,
            String fundingReference,
            int approvedUnits,
            long unitsHeld,
            Integer childcareUnits,
            BigDecimal ratePerUnit,
            BigDecimal fundingCap) {
        return new FundingCourse(
                courseId,
                title,
                providerId,
                providerName,
                fundingLine,
                fundingReference,
                approvedUnits,
                unitsHeld,
                childcareUnits,
                ratePerUnit,
                fundingCap,
                claimable(unitsHeld, ratePerUnit, fundingCap));
    }

    /** UE held × rate, at most the cap; in cents (2 decimals). Null when the course has no rate. */
    static BigDecimal claimable(long unitsHeld, BigDecimal ratePerUnit, BigDecimal fundingCap) {
        if (ratePerUnit == null) {
            return null;
        }
        BigDecimal amount = ratePerUnit.multiply(BigDecimal.valueOf(unitsHeld)).setScale(2, RoundingMode.HALF_UP);
        return fundingCap != null && amount.compareTo(fundingCap) > 0
                ? fundingCap.setScale(2, RoundingMode.HALF_UP)
                : amount;
    }
}
