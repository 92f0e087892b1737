package de.deutsch4u.course;

import de.deutsch4u.user.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One dated meeting of a course (Termin), with its units; a substitute may teach it instead. */
@Entity
@Table(name = "course_session")
public class CourseSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "units", nullable = false)
    private int units;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "substitute_teacher_id")
    private UserAccount substituteTeacher;

    @Column(name = "makeup", nullable = false)
    private boolean makeup;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CourseSession() {}

    CourseSession(Course course, LocalDate date, LocalTime startTime, LocalTime endTime, int units, boolean makeup) {
        this.course = course;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.units = units;
        this.makeup = makeup;
    }

    void cancel(String reason) {
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
    }

    void reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd, int newUnits) {
        this.date = newDate;
        this.startTime = newStart;
        this.endTime = newEnd;
        this.units = newUnits;
    }

    void assignSubstitute(UserAccount substitute) {
        this.substituteTeacher = substitute;
    }

    /** Who teaches this session: the substitute, if one is set. */
    public UserAccount getEffectiveTeacher() {
        return substituteTeacher != null ? substituteTeacher : course.getTeacher();
    }

    SessionSlot slot() {
        return new SessionSlot(
                id,
                course.getId(),
                course.getTitle(),
                date,
                startTime,
                endTime,
                getEffectiveTeacher().getId(),
                course.getLocation().getId(),
                course.getRoom() == null ? null : course.getRoom().getId());
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public int getUnits() {
        return units;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public UserAccount getSubstituteTeacher() {
        return substituteTeacher;
    }

    public boolean isMakeup() {
        return makeup;
    }

    public int getVersion() {
        return version;
    }
}
