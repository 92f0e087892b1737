package de.deutsch4u.report;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of the usage report: the group's key (an id, or the region code) and name, then its figures.
 * A class with getters rather than a record, so that the page can sort by its properties.
 */
@JsonbNillable
@JsonbPropertyOrder({
    "key",
    "name",
    "courses",
    "sessionsHeld",
    "sessionsCancelled",
    "unitsHeld",
    "participants",
    "participantUnits",
    "attendanceRate",
    "utilisation"
})
public final class UsageRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Serializable key;
    private final String name;
    private final UsageFigures figures;

    UsageRow(Serializable key, String name, UsageFigures figures) {
        this.key = key;
        this.name = name;
        this.figures = figures;
    }

    /** A Long id, or a String region code. */
    public Object getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    @JsonbTransient
    public UsageFigures getFigures() {
        return figures;
    }

    public long getCourses() {
        return figures.courses();
    }

    public long getSessionsHeld() {
        return figures.sessionsHeld();
    }

    public long getSessionsCancelled() {
        return figures.sessionsCancelled();
    }

    public long getUnitsHeld() {
        return figures.unitsHeld();
    }

    public long getParticipants() {
        return figures.participants();
    }

    public long getParticipantUnits() {
        return figures.participantUnits();
    }

    public BigDecimal getAttendanceRate() {
        return figures.attendanceRate();
    }

    public BigDecimal getUtilisation() {
        return figures.utilisation();
    }
}
