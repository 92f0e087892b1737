package de.deutsch4u.attendance;

import java.time.LocalDateTime;

/** A month closing as the API shows it; the scan itself is downloaded on the course page. */
public class MonthClosingView {
    private final long id;
    private final long courseId;
    private final String month;
    private final String closedBy;
    private final LocalDateTime closedAt;
    private final boolean scanAttached;
    private final String reopenedBy;
    private final LocalDateTime reopenedAt;
    private final String reopenReason;

    private MonthClosingView(MonthClosing m) {
        this.id = m.getId();
        this.courseId = m.getCourse().getId();
        this.month = m.getMonth().toString();
        this.closedBy = m.getClosedBy().getUsername();
        this.closedAt = m.getClosedAt();
        this.scanAttached = m.hasScan();
        this.reopenedBy = m.getReopenedBy() == null ? null : m.getReopenedBy().getUsername();
        this.reopenedAt = m.getReopenedAt();
        this.reopenReason = m.getReopenReason();
    }

    static MonthClosingView of(MonthClosing closing) {
        return new MonthClosingView(closing);
    }

    public long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getMonth() {
        return month;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public boolean isScanAttached() {
        return scanAttached;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public LocalDateTime getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
