package de.deutsch4u.common.pdf;

/** Column widths that share a table's width by relative weights without going below each column's minimum. */
final class ColumnWidths {

    private ColumnWidths() {}

    /**
     * Widths in points summing to {@code total}: columns whose share would be below their minimum get the
     * minimum, the others share what is left by their relative weights. If even the minimums do not fit,
     * they are scaled down together (the words then break, as without this).
     */
    static float[] fit(float[] relative, float[] minimum, float total) {
        float minimumSum = 0;
        for (float m : minimum) {
            minimumSum += m;
        }
        if (minimumSum >= total) {
            return scaled(minimum, total / minimumSum);
        }
        boolean[] atMinimum = new boolean[relative.length];
        float[] widths = new float[relative.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = total;
            float weights = 0;
            for (int i = 0; i < relative.length; i++) {
                if (atMinimum[i]) {
                    free -= minimum[i];
                } else {
                    weights += relative[i];
                }
            }
            for (int i = 0; i < relative.length; i++) {
                widths[i] = atMinimum[i] ? minimum[i] : free * relative[i] / weights;
                if (!atMinimum[i] && widths[i] < minimum[i]) {
                    atMinimum[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    private static float[] scaled(float[] widths, float factor) {
        float[] result = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            result[i] = widths[i] * factor;
        }
        return result;
    }
}
