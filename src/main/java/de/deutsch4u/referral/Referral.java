package de.deutsch4u.referral;

import de.deutsch4u.course.Course;
import de.deutsch4u.enrollment.Enrollment;
import de.deutsch4u.enrollment.EnrollmentStatus;
import de.deutsch4u.participant.Participant;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person sent to a course by a DISTRICT account (contract §11), with the minimal data the provider needs to call
 * them, until the provider accepts (participant and enrollment) or declines (with a reason). Only OPEN may change.
 */
@Entity
@Table(name = "referral")
public class Referral {

    public static final int NAME_MAXLENGTH = 100;
    public static final int PHONE_MAXLENGTH = 40;
    public static final int LANGUAGES_MAXLENGTH = 200;
    public static final int NOTE_MAXLENGTH = 1000;
    public static final int REASON_MAXLENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referred_by")
    private UserAccount referredBy;

    @Column(name = "first_name", nullable = false, length = NAME_MAXLENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAXLENGTH)
    private String lastName;

    @Column(name = "phone", length = PHONE_MAXLENGTH)
    private String phone;

    @Column(name = "languages", length = LANGUAGES_MAXLENGTH)
    private String languages;

    @Column(name = "note", length = NOTE_MAXLENGTH)
    private String note;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "consent_date", nullable = false)
    private LocalDate consentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ReferralStatus status = ReferralStatus.OPEN;

    @Column(name = "decline_reason", length = REASON_MAXLENGTH)
    private String declineReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private UserAccount decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Referral() {}

    Referral(Course course, UserAccount referredBy, ReferralData data, LocalDate consentDate, LocalDateTime createdAt) {
        this.course = course;
        this.referredBy = referredBy;
        this.firstName = data.getFirstName().strip();
        this.lastName = data.getLastName().strip();
        this.phone = blankToNull(data.getPhone());
        this.languages = blankToNull(data.getLanguages());
        this.note = blankToNull(data.getNote());
        this.birthYear = data.getBirthYear();
        this.consentDate = consentDate;
        this.createdAt = createdAt;
    }

    /** The provider took the person: the referral follows the enrollment (ENROLLED → ACCEPTED, else WAITLISTED). */
    void accept(Participant person, Enrollment made, UserAccount by, LocalDateTime at) {
        this.participant = person;
        this.enrollment = made;
        this.status =
                made.getStatus() == EnrollmentStatus.ENROLLED ? ReferralStatus.ACCEPTED : ReferralStatus.WAITLISTED;
        decided(by, at);
    }

    void decline(String reason, UserAccount by, LocalDateTime at) {
        this.declineReason = reason.strip();
        this.status = ReferralStatus.DECLINED;
        decided(by, at);
    }

    private void decided(UserAccount by, LocalDateTime at) {
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Names, contact data, birth year and note removed for good (erasure and retention); status and course stay. */
    void erase(LocalDateTime at) {
        this.firstName = "(gelöscht)";
        this.lastName = "";
        this.phone = null;
        this.languages = null;
        this.note = null;
        this.birthYear = null;
        this.declineReason = null;
        this.erasedAt = at;
    }

    public boolean isOpen() {
        return status == ReferralStatus.OPEN;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public UserAccount getReferredBy() {
        return referredBy;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguages() {
        return languages;
    }

    public String getNote() {
        return note;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Enrollment getEnrollment() {
        return enrollment;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
