package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsageFiguresTest {

    @Test
    void shouldRoundRatesHalfUpToFourDecimals() {
        assertEquals(new BigDecimal("0.6667"), UsageFigures.ratio(2, 3));
        assertEquals(new BigDecimal("0.3333"), UsageFigures.ratio(1, 3));
        assertEquals(new BigDecimal("0.0002"), UsageFigures.ratio(3, 20_000), "0.00015 rounds up");
        assertEquals(new BigDecimal("0.0001"), UsageFigures.ratio(149, 1_000_000), "0.000149 rounds down");
        assertEquals(new BigDecimal("1.0000"), UsageFigures.ratio(7, 7));
        assertEquals(new BigDecimal("0.0000"), UsageFigures.ratio(0, 7));
    }

    @Test
    void shouldGiveNullRatesWhenNothingWasRecordedOrHeld() {
        assertNull(UsageFigures.ratio(0, 0));
        UsageFigures onlyCancelled = UsageFigures.of(new UsageFigures.Sums(1, 0, 2, 0, 0, 0, 0, 0), 0);
        assertNull(onlyCancelled.attendanceRate());
        assertNull(onlyCancelled.utilisation());
        assertEquals(2, onlyCancelled.sessionsCancelled());
    }

    @Test
    void shouldComputeBothRatesFromTheSums() {
        // 3 PRESENT of 4 recorded entries; 12 participant units of 2 sessions x 4 units x 15 places = 120
        UsageFigures figures = UsageFigures.of(new UsageFigures.Sums(1, 2, 0, 8, 12, 3, 4, 120), 2);
        assertEquals(new BigDecimal("0.7500"), figures.attendanceRate());
        assertEquals(new BigDecimal("0.1000"), figures.utilisation());
        assertEquals(2, figures.participants());
    }
}
