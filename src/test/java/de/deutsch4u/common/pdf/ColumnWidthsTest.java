package de.deutsch4u.common.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void sharesByWeightWhenEveryColumnIsWideEnough() {
        assertArrayEquals(
                new float[] {25, 75}, ColumnWidths.fit(new float[] {1, 3}, new float[] {10, 10}, 100), 0.001f);
    }

    @Test
    void givesANarrowColumnItsMinimumAndSharesTheRest() {
        float[] widths = ColumnWidths.fit(new float[] {1, 1, 2}, new float[] {40, 0, 0}, 100);
        assertArrayEquals(new float[] {40, 20, 40}, widths, 0.001f);
    }

    @Test
    void aColumnPushedBelowItsMinimumByAnotherGetsItToo() {
        float[] widths = ColumnWidths.fit(new float[] {1, 1, 8}, new float[] {30, 15, 0}, 100);
        assertArrayEquals(new float[] {30, 15, 55}, widths, 0.001f);
    }

    @Test
    void scalesTheMinimumsWhenEvenTheyDoNotFit() {
        assertArrayEquals(
                new float[] {40, 60}, ColumnWidths.fit(new float[] {1, 1}, new float[] {80, 120}, 100), 0.001f);
    }
}
