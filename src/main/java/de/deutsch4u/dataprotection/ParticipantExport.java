package de.deutsch4u.dataprotection;

import de.deutsch4u.audit.AuditView;
import de.deutsch4u.enrollment.EnrollmentView;
import de.deutsch4u.participant.ParticipantView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Everything stored about one person (Art. 15 DSGVO, contract §7). */
@JsonbPropertyOrder({"participant", "consents", "enrollments", "attendance", "documents", "accessLog"})
public record ParticipantExport(
        ParticipantView participant,
        List<Consent> consents,
        List<EnrollmentView> enrollments,
        List<Attendance> attendance,
        List<Document> documents,
        List<AuditView> accessLog) {

    /** The consent given at registration: when, recorded by whom, to which version of the information text. */
    public record Consent(LocalDate date, String recordedBy, String textVersion) {}

    /** One recorded attendance entry. */
    @JsonbPropertyOrder({"sessionId", "date", "courseId", "status"})
    public record Attendance(long sessionId, LocalDate date, long courseId, String status) {}

    /**
     * A stored document that holds the person's data: the scan of a signed attendance list of a month in which they
     * were enrolled (it holds their signature).
     */
    public record Document(String type, long courseId, String month) {}
}
