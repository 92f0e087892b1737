package de.deutsch4u.statistics;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/**
 * One figure of the participant statistics. For PROGRAMME a small or revealing count is hidden: then
 * {@code count} is null and {@code suppressed} is true; {@code belowThree} tells a count under 3 (shown
 * as "&lt;3") from a larger one hidden only so that the total gives nothing away (shown as "x").
 */
@JsonbNillable
public record Cell(String key, Long count, boolean suppressed, boolean belowThree) implements Serializable {

    /** The text shown on pages and in files for a hidden count under 3. */
    public static final String BELOW_THREE = "<3";
    /** The text shown for a count hidden because of another one (secondary suppression). */
    public static final String WITHHELD = "x";

    static Cell of(String key, long count) {
        return new Cell(key, count, false, false);
    }

    Cell hidden() {
        return new Cell(key, null, true, count != null && count < 3);
    }

    /** The count as shown: the number, "&lt;3" or "x" when hidden. */
    public String display() {
        return !suppressed ? String.valueOf(count) : belowThree ? BELOW_THREE : WITHHELD;
    }

    /** Whether a shown text is a hidden count rather than a number. */
    static boolean isHiddenText(String text) {
        return BELOW_THREE.equals(text) || WITHHELD.equals(text);
    }
}
