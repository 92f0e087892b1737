package de.deutsch4u.attendance;

import java.util.Arrays;

/** A participant's attendance at a session; "not recorded" is the absence of a status (null). */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT;

    /** Whether {@code text} is a status as the API spells it, or null for "not recorded". */
    static boolean isValid(String text) {
        return text == null || Arrays.stream(values()).anyMatch(s -> s.name().equals(text));
    }

    static AttendanceStatus ofNullable(String text) {
        return text == null ? null : valueOf(text);
    }
}
