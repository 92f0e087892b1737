package de.deutsch4u.statistics;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One figure of the participant statistics. For PROGRAMME a small or revealing count is hidden: then
 * {@code count} is null and {@code suppressed} is true (shown as "&lt;3"; docs/reports.md).
 */
@JsonbNillable
public record Cell(String key, Long count, boolean suppressed) {

    /** The text shown on pages and in files. */
    public static final String HIDDEN = "<3";

    static Cell of(String key, long count) {
        return new Cell(key, count, false);
    }

    Cell hidden() {
        return new Cell(key, null, true);
    }

    /** The count as shown: the number, or "&lt;3" when hidden. */
    public String display() {
        return suppressed ? HIDDEN : String.valueOf(count);
    }
}
