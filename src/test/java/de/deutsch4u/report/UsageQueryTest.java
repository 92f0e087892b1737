package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.FundingLine;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UsageQueryTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    @Test
    void shouldDefaultToProviderAndAllFundingLines() {
        UsageQuery query = UsageQuery.ofParams(JAN, DEC, null, "");
        assertEquals(GroupBy.PROVIDER, query.groupBy());
        assertNull(query.fundingLine());
        assertEquals(
                GroupBy.REGION, UsageQuery.ofParams(JAN, DEC, "region", null).groupBy());
        assertEquals(
                FundingLine.AMIF,
                UsageQuery.ofParams(JAN, DEC, "course", "AMIF").fundingLine());
    }

    @Test
    void shouldAcceptASingleDay() {
        assertEquals(JAN, UsageQuery.ofParams(JAN, JAN, "district", null).to());
    }

    @Test
    void shouldRejectMissingOrReversedDatesAndUnknownValuesOnTheirField() {
        assertField("from", () -> UsageQuery.ofParams(null, DEC, null, null));
        assertField("to", () -> UsageQuery.ofParams(JAN, null, null, null));
        assertField("to", () -> UsageQuery.ofParams(DEC, JAN, null, null));
        assertField("groupBy", () -> UsageQuery.ofParams(JAN, DEC, "teacher", null));
        assertField("fundingLine", () -> UsageQuery.ofParams(JAN, DEC, null, "ESF"));
        assertField("format", () -> UsageFormat.ofParam("docx"));
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(BusinessException.Kind.INVALID, e.kind());
        assertEquals(field, e.violations().get(0).field());
    }
}
