package de.deutsch4u.attendance;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One line of a sheet as the API reads and writes it: {@code {"participantId": 7, "status": "PRESENT"}},
 * status null when not recorded. The status is text so that a wrong value becomes a violation on that
 * entry rather than an unreadable request.
 */
public class AttendanceEntry {
    private Long participantId;

    @JsonbNillable
    private String status;

    public AttendanceEntry() {}

    public AttendanceEntry(Long participantId, AttendanceStatus status) {
        this.participantId = participantId;
        this.status = status == null ? null : status.name();
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
