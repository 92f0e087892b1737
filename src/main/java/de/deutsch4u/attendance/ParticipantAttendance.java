package de.deutsch4u.attendance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A participant's attendance in a course: units attended (PRESENT at held sessions) of units held while
 * they were enrolled, and the attendance rate of the last weeks (PRESENT / recorded entries).
 */
public record ParticipantAttendance(
        long participantId,
        String firstName,
        String lastName,
        boolean currentlyEnrolled,
        int unitsAttended,
        int unitsHeld,
        int recentPresent,
        int recentRecorded,
        boolean lowAttendance)
        implements Serializable {

    /** Units attended / units held, 0…1 with two decimals; null when nothing was held yet. */
    public BigDecimal unitRate() {
        return unitsHeld == 0
                ? null
                : BigDecimal.valueOf(unitsAttended).divide(BigDecimal.valueOf(unitsHeld), 2, RoundingMode.HALF_UP);
    }

    /** PRESENT / recorded entries of the last weeks; null without entries. */
    public BigDecimal recentRate() {
        return recentRecorded == 0
                ? null
                : BigDecimal.valueOf(recentPresent).divide(BigDecimal.valueOf(recentRecorded), 2, RoundingMode.HALF_UP);
    }

    /** Low attendance: still enrolled and under the threshold over the last weeks (with at least one entry). */
    static boolean isLow(boolean currentlyEnrolled, int present, int recorded, double threshold) {
        return currentlyEnrolled && recorded > 0 && present < threshold * recorded;
    }
}
