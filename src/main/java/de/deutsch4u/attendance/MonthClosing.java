package de.deutsch4u.attendance;

import de.deutsch4u.course.Course;
import de.deutsch4u.user.UserAccount;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A course's month closed by the provider (Monatsabschluss), optionally with the scan of the signed paper
 * list. Reopening keeps the row for the record; the month is closed again by a new row.
 */
@Entity
@Table(name = "month_closing")
public class MonthClosing implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SCAN_NAME_MAXLENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "closed_by", nullable = false)
    private UserAccount closedBy;

    @Column(name = "closed_at", nullable = false)
    private LocalDateTime closedAt;

    @Column(name = "scan_name", length = SCAN_NAME_MAXLENGTH)
    private String scanName;

    @Column(name = "scan_type", length = 100)
    private String scanType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "scan")
    private byte[] scan;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "reopened_by")
    private UserAccount reopenedBy;

    @Column(name = "reopened_at")
    private LocalDateTime reopenedAt;

    @Column(name = "reopen_reason", length = 500)
    private String reopenReason;

    protected MonthClosing() {}

    MonthClosing(Course course, YearMonth month, UserAccount closedBy, LocalDateTime closedAt) {
        this.course = course;
        this.monthStart = month.atDay(1);
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    void attachScan(String name, String type, byte[] content) {
        this.scanName = name;
        this.scanType = type;
        this.scan = content;
    }

    void reopen(UserAccount by, LocalDateTime at, String reason) {
        this.reopenedBy = by;
        this.reopenedAt = at;
        this.reopenReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    public UserAccount getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getScanName() {
        return scanName;
    }

    public String getScanType() {
        return scanType;
    }

    public byte[] getScan() {
        return scan;
    }

    public boolean hasScan() {
        return scanName != null;
    }

    public boolean isOpenAgain() {
        return reopenedAt != null;
    }

    public UserAccount getReopenedBy() {
        return reopenedBy;
    }

    public LocalDateTime getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
