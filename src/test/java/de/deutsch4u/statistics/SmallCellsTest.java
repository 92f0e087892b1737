package de.deutsch4u.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The suppression rule of docs/reports.md: counts as shown ("<3" = hidden, under 3; "x" = a larger count
 * hidden so that the total gives nothing away), case by case.
 */
class SmallCellsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // nothing small: nothing hidden
                "10 5 3         | 10 5 3",
                // a zero is not a secret
                "10 0 5         | 10 0 5",
                // one small cell would follow from the total: the next smallest non-zero cell goes too
                "10 2 5         | 10 <3 x",
                "1 10 5         | <3 10 x",
                "7 1 0 4        | 7 <3 0 x",
                // two small cells that are not both 1: the total does not give them away
                "10 2 1 5       | 10 <3 <3 5",
                "2 2 9          | <3 <3 9",
                // all hidden cells 1: their sum equals their number, so the next smallest joins them
                "1 1 9 4        | <3 <3 9 x",
                "1 1 1 6 8      | <3 <3 <3 x 8",
                // a tie for the next smallest: the first one in the breakdown's order
                "5 1 5          | x <3 5",
                "4 3 1 3        | 4 x <3 3",
                // nothing non-zero left to hide: a zero cell is hidden ("<3" is true for 0)
                "1 0            | <3 <3",
                "0 1 0          | <3 <3 0",
                "1 1 0          | <3 <3 <3",
                // no cell to add at all: stays as it is
                "1              | <3",
                "0 0 0          | 0 0 0",
            })
    void shouldHideSmallCellsAndTheCellsThatWouldRevealThem(String counts, String expected) {
        Breakdown shown = SmallCells.suppress(breakdown(counts));
        assertEquals(
                expected,
                shown.cells().stream()
                        .map(Cell::display)
                        .reduce((a, b) -> a + " " + b)
                        .orElseThrow());
        shown.cells().stream().filter(Cell::suppressed).forEach(cell -> assertEquals(null, cell.count()));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, <3", "2, <3", "3, 3", "40, 40"})
    void shouldHideASmallTotal(long total, String expected) {
        Breakdown breakdown = new Breakdown("X", Cell.of("ALL", total), List.of(Cell.of("A", total)));
        assertEquals(expected, SmallCells.suppress(breakdown).total().display());
    }

    @Test
    void shouldKeepKeysAndOrder() {
        Breakdown shown = SmallCells.suppress(breakdown("3 1 4"));
        assertEquals(
                List.of("C0", "C1", "C2"), shown.cells().stream().map(Cell::key).toList());
        assertEquals("X", shown.name());
    }

    /**
     * Brute force over small breakdowns: after suppression, no hidden cell's value can be worked out from
     * the total and the shown cells, i.e. there is never exactly one hidden cell, and the hidden cells are
     * never all 1 unless the breakdown had nothing else to hide.
     */
    @Test
    void shouldNeverLeaveAHiddenCellThatTheTotalGivesAway() {
        int checked = 0;
        for (long[] counts : allBreakdowns(4, 5)) {
            Breakdown original = breakdown(counts);
            Breakdown shown = SmallCells.suppress(original);
            List<Long> hidden = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                Cell cell = shown.cells().get(i);
                if (SmallCells.isSmall(counts[i])) {
                    assertTrue(cell.suppressed(), "a count of 1 or 2 is always hidden");
                }
                if (cell.suppressed()) {
                    hidden.add(counts[i]);
                } else {
                    assertEquals(counts[i], cell.count());
                }
            }
            boolean everyCellHidden = hidden.size() == counts.length;
            if (!everyCellHidden && !hidden.isEmpty()) {
                assertTrue(hidden.size() >= 2, "one hidden cell would follow from the total: " + List.of(counts));
                assertFalse(
                        hidden.stream().allMatch(count -> count == 1), "hidden ones would follow: " + List.of(counts));
            }
            checked++;
        }
        assertEquals(625, checked);
    }

    @Test
    void shouldNotHideAnythingWithoutSmallCounts() {
        for (long[] counts : allBreakdowns(3, 6)) {
            if (LongStream.of(counts).noneMatch(SmallCells::isSmall)) {
                assertTrue(
                        SmallCells.suppress(breakdown(counts)).cells().stream().noneMatch(Cell::suppressed));
            }
        }
    }

    private static List<long[]> allBreakdowns(int cells, int maxCount) {
        List<long[]> all = new ArrayList<>();
        int combinations = (int) Math.pow(maxCount, cells);
        for (int n = 0; n < combinations; n++) {
            long[] counts = new long[cells];
            int rest = n;
            for (int i = 0; i < cells; i++) {
                counts[i] = rest % maxCount;
                rest /= maxCount;
            }
            all.add(counts);
        }
        return all;
    }

    private static Breakdown breakdown(String counts) {
        return breakdown(java.util.Arrays.stream(counts.strip().split(" +"))
                .mapToLong(Long::parseLong)
                .toArray());
    }

    private static Breakdown breakdown(long[] counts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            cells.add(Cell.of("C" + i, counts[i]));
        }
        return new Breakdown("X", Cell.of("ALL", LongStream.of(counts).sum()), cells);
    }
}
