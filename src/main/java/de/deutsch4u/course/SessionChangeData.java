package de.deutsch4u.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session's new date, times and units: for moving a session and for a make-up session. */
public class SessionChangeData implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    private LocalDate date;

    @NotNull(message = "{validation.required}")
    private LocalTime startTime;

    @NotNull(message = "{validation.required}")
    private LocalTime endTime;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 12, message = "{validation.max}")
    private Integer units;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }
}
