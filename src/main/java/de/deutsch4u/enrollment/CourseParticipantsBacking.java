package de.deutsch4u.enrollment;

import de.deutsch4u.audit.ViewLog;
import de.deutsch4u.common.PageRequest;
import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.course.Course;
import de.deutsch4u.course.CourseFilter;
import de.deutsch4u.course.CourseService;
import de.deutsch4u.participant.Participant;
import de.deutsch4u.participant.ParticipantService;
import de.deutsch4u.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /courses/participants.xhtml?id=: who is enrolled, on the waiting list or withdrawn; enroll, withdraw,
 * transfer to another course of the provider, print a participation certificate.
 */
@Named
@ViewScoped
public class CourseParticipantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    private ViewLog viewLog;

    @Inject
    private EnrollmentService enrollmentService;

    @Inject
    private CourseService courseService;

    @Inject
    private ParticipantService participantService;

    @Inject
    private CertificateService certificateService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private Long id;
    private Course course;
    private List<Enrollment> enrollments;
    /** The last suggestions of the person field; the chosen one is looked up among them on submit. */
    private List<Candidate> suggestions = List.of();

    private Candidate candidate;
    private LocalDate fromDate;
    private Long withdrawalId;
    private LocalDate withdrawalDate;
    /** Whom the withdrawal dialog is about, named in it so that nobody withdraws the wrong person. */
    private String withdrawalName;

    private WithdrawalReason reason;
    private String note;
    private Long transferId;
    private Long targetCourseId;
    private LocalDate transferDate;
    private List<Course> targets = List.of();

    /** {@code <f:viewAction>}: an unknown course or one outside the caller's scope is a 404 page. */
    public void load() {
        course = courseService.get(id);
        refresh();
    }

    /** A person to enroll as the search field offers them; the id is what the page submits. */
    public record Candidate(long id, String label) implements Serializable {

        static Candidate of(Participant p) {
            return new Candidate(p.getId(), p.getLastName() + ", " + p.getFirstName() + " (" + p.getBirthYear() + ")");
        }

        @Override
        public String toString() {
            return String.valueOf(id);
        }
    }

    /**
     * The person field's suggestions: the provider's participants whose name contains the typed text, at most
     * {@value #SUGGESTIONS}. Searching instead of listing everybody keeps other people's names off the page.
     */
    public List<Candidate> findCandidates(String query) {
        suggestions =
                participantService
                        .search(course.getProviderId(), query, new PageRequest(0, SUGGESTIONS))
                        .items()
                        .stream()
                        .map(Candidate::of)
                        .toList();
        return suggestions;
    }

    public void enroll() {
        Enrollment enrollment = enrollmentService.enroll(id, candidate == null ? null : candidate.id(), fromDate);
        messages.info(
                enrollment.getStatus() == EnrollmentStatus.ENROLLED
                        ? "course_participants.message.info.enrolled"
                        : "course_participants.message.info.waitlisted",
                enrollment.getWaitlistPosition());
        candidate = null;
        fromDate = null;
        refresh();
    }

    /** Proposes today as the withdrawal date, moved into the period in which a withdrawal is possible. */
    public void startWithdrawal(Enrollment enrollment) {
        withdrawalId = enrollment.getId();
        withdrawalName = enrollment.getParticipant().getLastName() + ", "
                + enrollment.getParticipant().getFirstName();
        withdrawalDate = proposedDate(enrollment);
        reason = null;
        note = null;
    }

    private LocalDate proposedDate(Enrollment enrollment) {
        LocalDate date = Today.date();
        if (enrollment.getStatus() == EnrollmentStatus.ENROLLED && date.isBefore(enrollment.getFromDate())) {
            date = enrollment.getFromDate();
        }
        return date.isAfter(course.getEndDate()) ? course.getEndDate() : date;
    }

    /** The transfer dialog: the other courses of the provider that take enrollments. */
    public void startTransfer(Enrollment enrollment) {
        transferId = enrollment.getId();
        transferDate = proposedDate(enrollment);
        targetCourseId = null;
        targets = courseService.list(new CourseFilter(course.getProviderId(), null, null, null, null, null)).stream()
                .filter(c -> !c.getId().equals(id) && !c.isCancelled())
                .toList();
    }

    /** Withdraws from this course (reason TRANSFER) and enrolls in the target, keeping the history. */
    public void transfer() {
        Enrollment moved = enrollmentService.transfer(transferId, targetCourseId, transferDate);
        if (moved.getStatus() == EnrollmentStatus.ENROLLED) {
            messages.info("course_participants.message.info.transferred");
        } else {
            messages.info("course_participants.message.info.transferredWaitlisted", moved.getWaitlistPosition());
        }
        refresh();
    }

    /** The certificate as a download; null (and a message) if it cannot be made. */
    public StreamedContent certificate(Enrollment enrollment) {
        byte[] pdf = certificateService.certificate(enrollment.getId());
        return DefaultStreamedContent.builder()
                .name(CertificateService.fileName(enrollment.getId()))
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public void withdraw() {
        enrollmentService.withdraw(withdrawalId, withdrawalDate, reason, note);
        messages.info("course_participants.message.info.withdrawn");
        refresh();
    }

    private void refresh() {
        enrollments = enrollmentService.list(id);
        viewLog.shown(
                enrollments.stream().map(e -> e.getParticipant().getId()).toList(),
                "courses/participants.xhtml courseId=" + id);
    }

    public List<Enrollment> byStatus(String status) {
        return enrollments.stream()
                .filter(e -> e.getStatus().name().equals(status))
                .toList();
    }

    public boolean isPlanner() {
        return caller.managesProviderData();
    }

    public List<WithdrawalReason> getReasons() {
        return List.of(
                WithdrawalReason.WORK,
                WithdrawalReason.MOVED,
                WithdrawalReason.INTEGRATION_COURSE,
                WithdrawalReason.ILLNESS,
                WithdrawalReason.CHILDCARE,
                WithdrawalReason.UNKNOWN,
                WithdrawalReason.OTHER);
    }

    public List<Course> getTargets() {
        return targets;
    }

    public Long getTargetCourseId() {
        return targetCourseId;
    }

    public void setTargetCourseId(Long targetCourseId) {
        this.targetCourseId = targetCourseId;
    }

    public LocalDate getTransferDate() {
        return transferDate;
    }

    public void setTransferDate(LocalDate transferDate) {
        this.transferDate = transferDate;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Course getCourse() {
        return course;
    }

    public List<Candidate> getSuggestions() {
        return suggestions;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public void setCandidate(Candidate candidate) {
        this.candidate = candidate;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public String getWithdrawalName() {
        return withdrawalName;
    }

    public LocalDate getWithdrawalDate() {
        return withdrawalDate;
    }

    public void setWithdrawalDate(LocalDate withdrawalDate) {
        this.withdrawalDate = withdrawalDate;
    }

    public WithdrawalReason getReason() {
        return reason;
    }

    public void setReason(WithdrawalReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
