package de.deutsch4u.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell suppression for PROGRAMME (docs/reports.md "Suppression"). Primary: a count of 1 or 2 is
 * hidden. Secondary: a breakdown's hidden cells could be worked out from its total when only one is
 * hidden (total minus the shown cells) or when all hidden cells are 1 (their sum then equals their number).
 * So while that is the case, the smallest shown non-zero cell is hidden too (the first one on a tie); when
 * none is left, a zero cell is hidden ("&lt;3" is true for 0 as well). A zero is not a secret by itself.
 */
public final class SmallCells {

    private SmallCells() {}

    /** Whether a count is hidden for its own sake. */
    static boolean isSmall(long count) {
        return count == 1 || count == 2;
    }

    /** The breakdown as PROGRAMME may see it. */
    public static Breakdown suppress(Breakdown breakdown) {
        long total = breakdown.total().count();
        List<Cell> cells = breakdown.cells();
        boolean[] hidden = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            hidden[i] = isSmall(cells.get(i).count());
        }
        while (revealing(cells, hidden)) {
            int next = nextToHide(cells, hidden);
            if (next < 0) {
                break;
            }
            hidden[next] = true;
        }
        List<Cell> shown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            shown.add(hidden[i] ? cells.get(i).hidden() : cells.get(i));
        }
        Cell totalCell = isSmall(total) ? breakdown.total().hidden() : breakdown.total();
        return new Breakdown(breakdown.name(), totalCell, shown);
    }

    /** One hidden cell, or hidden cells that are all 1: their values follow from the total. */
    static boolean revealing(List<Cell> cells, boolean[] hidden) {
        List<Long> counts = IntStream.range(0, cells.size())
                .filter(i -> hidden[i])
                .mapToObj(i -> cells.get(i).count())
                .toList();
        return counts.size() == 1 || (!counts.isEmpty() && counts.stream().allMatch(count -> count == 1));
    }

    /** The smallest shown non-zero cell, else the first shown zero cell, else -1. */
    private static int nextToHide(List<Cell> cells, boolean[] hidden) {
        List<Integer> shown =
                IntStream.range(0, cells.size()).filter(i -> !hidden[i]).boxed().toList();
        return shown.stream()
                .filter(i -> cells.get(i).count() > 0)
                .min(Comparator.comparingLong((Integer i) -> cells.get(i).count())
                        .thenComparingInt(i -> i))
                .or(() -> shown.stream().findFirst())
                .orElse(-1);
    }
}
