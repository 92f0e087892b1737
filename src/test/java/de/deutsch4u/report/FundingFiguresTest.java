package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.deutsch4u.course.FundingLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingFiguresTest {

    @Test
    void shouldClaimUnitsHeldTimesRateUpToTheCap() {
        assertEquals(new BigDecimal("66.00"), FundingCourse.claimable(12, new BigDecimal("5.50"), null));
        assertEquals(
                new BigDecimal("50.00"), FundingCourse.claimable(12, new BigDecimal("5.50"), new BigDecimal("50")));
        assertEquals(
                new BigDecimal("66.00"), FundingCourse.claimable(12, new BigDecimal("5.50"), new BigDecimal("66.00")));
        assertEquals(new BigDecimal("0.00"), FundingCourse.claimable(0, new BigDecimal("5.50"), new BigDecimal("50")));
        assertNull(FundingCourse.claimable(12, null, new BigDecimal("50")), "no rate, no amount");
    }

    @Test
    void shouldSumPerProviderAndFundingLine() {
        FundingCourse a1 = FundingCourse.of(
                1, "A1", 7, "A", FundingLine.STATE, null, 300, 12, 10, new BigDecimal("5.50"), new BigDecimal("50.00"));
        FundingCourse a3 = FundingCourse.of(3, "A3", 7, "A", FundingLine.STATE, null, 200, 8, null, null, null);
        FundingCourse a2 = FundingCourse.of(
                2, "A2", 7, "A", FundingLine.AMIF, "AMIF-1", 300, 6, null, new BigDecimal("7.25"), null);
        List<FundingSum> sums = FundingReportService.sums(List.of(a1, a3, a2));
        assertEquals(
                List.of(
                        new FundingSum(7, "A", FundingLine.STATE, 2, 500, 20, 10, new BigDecimal("50.00"), 1),
                        new FundingSum(7, "A", FundingLine.AMIF, 1, 300, 6, 0, new BigDecimal("43.50"), 0)),
                sums);
    }
}
