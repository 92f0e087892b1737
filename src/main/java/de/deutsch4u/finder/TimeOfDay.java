package de.deutsch4u.finder;

import java.time.LocalTime;

/** When a course starts, as people look for it: before noon, before five, or later. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    EVENING;

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    public static TimeOfDay of(LocalTime start) {
        if (start.isBefore(NOON)) {
            return MORNING;
        }
        return start.isBefore(FIVE_PM) ? AFTERNOON : EVENING;
    }
}
