package de.deutsch4u.report;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The eight figures of the usage report for one row or for the totals (contract §5 "Reports";
 * definitions in docs/reports.md). The two rates are null when there is nothing to divide by.
 */
@JsonbNillable
public record UsageFigures(
        long courses,
        long sessionsHeld,
        long sessionsCancelled,
        long unitsHeld,
        long participants,
        long participantUnits,
        BigDecimal attendanceRate,
        BigDecimal utilisation)
        implements Serializable {

    public static final UsageFigures NONE = of(new Sums(0, 0, 0, 0, 0, 0, 0, 0), 0);

    /** The sums one SQL row delivers; the rates are computed from them, exactly. */
    record Sums(
            long courses,
            long sessionsHeld,
            long sessionsCancelled,
            long unitsHeld,
            long participantUnits,
            long presentEntries,
            long recordedEntries,
            long capacityUnits) {}

    static UsageFigures of(Sums sums, long participants) {
        return new UsageFigures(
                sums.courses(),
                sums.sessionsHeld(),
                sums.sessionsCancelled(),
                sums.unitsHeld(),
                participants,
                sums.participantUnits(),
                ratio(sums.presentEntries(), sums.recordedEntries()),
                ratio(sums.participantUnits(), sums.capacityUnits()));
    }

    /** part / whole rounded half-up to 4 decimals; null when whole is 0. */
    static BigDecimal ratio(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
