package de.deutsch4u.enrollment;

import de.deutsch4u.course.Course;
import de.deutsch4u.participant.Participant;
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
import java.time.LocalDateTime;

/** A participant's place in a course, or on its waiting list; state changes through named methods. */
@Entity
@Table(name = "enrollment")
public class Enrollment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private EnrollmentStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "was_enrolled", nullable = false)
    private boolean wasEnrolled;

    @Column(name = "withdrawal_date")
    private LocalDate withdrawalDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason", length = 20)
    private WithdrawalReason withdrawalReason;

    @Column(name = "withdrawal_note", length = 500)
    private String withdrawalNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transferred_to")
    private Enrollment transferredTo;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Enrollment() {}

    private Enrollment(Course course, Participant participant, LocalDate fromDate, LocalDateTime createdAt) {
        this.course = course;
        this.participant = participant;
        this.fromDate = fromDate;
        this.createdAt = createdAt;
    }

    public static Enrollment enrolled(Course course, Participant participant, LocalDate fromDate, LocalDateTime now) {
        Enrollment enrollment = new Enrollment(course, participant, fromDate, now);
        enrollment.status = EnrollmentStatus.ENROLLED;
        enrollment.wasEnrolled = true;
        return enrollment;
    }

    static Enrollment waitlisted(
            Course course, Participant participant, LocalDate fromDate, int position, LocalDateTime now) {
        Enrollment enrollment = new Enrollment(course, participant, fromDate, now);
        enrollment.status = EnrollmentStatus.WAITLISTED;
        enrollment.waitlistPosition = position;
        return enrollment;
    }

    void withdraw(LocalDate date, WithdrawalReason reason, String note) {
        this.status = EnrollmentStatus.WITHDRAWN;
        this.waitlistPosition = null;
        this.withdrawalDate = date;
        this.withdrawalReason = reason;
        this.withdrawalNote = note == null || note.isBlank() ? null : note.strip();
    }

    void transferTo(Enrollment next) {
        this.transferredTo = next;
    }

    /** From the waiting list into the course, from the given date on. */
    void promote(LocalDate from) {
        this.status = EnrollmentStatus.ENROLLED;
        this.waitlistPosition = null;
        this.fromDate = from;
        this.wasEnrolled = true;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Participant getParticipant() {
        return participant;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public boolean isWasEnrolled() {
        return wasEnrolled;
    }

    public LocalDate getWithdrawalDate() {
        return withdrawalDate;
    }

    public WithdrawalReason getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    /** The course a transfer moved the person to, or null. */
    public Course getTransferredToCourse() {
        return transferredTo == null ? null : transferredTo.getCourse();
    }

    public Long getTransferredToId() {
        return transferredTo == null ? null : transferredTo.getId();
    }
}
