package de.deutsch4u.referral;

import de.deutsch4u.common.Today;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A referral as the API shows it. The referring DISTRICT account sees what it entered, the status, the course and a
 * decline's reason, never the participant record ({@code participantId} and {@code enrollmentId} are null for it);
 * the provider and ADMIN see them too.
 */
public record ReferralView(
        long id,
        long courseId,
        String courseTitle,
        ReferralStatus status,
        String declineReason,
        String firstName,
        String lastName,
        String phone,
        String languages,
        String note,
        Integer birthYear,
        LocalDate consentDate,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        Long participantId,
        Long enrollmentId)
        implements Serializable {

    static ReferralView of(Referral r, boolean withParticipantRecord) {
        return new ReferralView(
                r.getId(),
                r.getCourse().getId(),
                r.getCourse().getTitle(),
                r.getStatus(),
                r.getDeclineReason(),
                r.getFirstName(),
                r.getLastName(),
                r.getPhone(),
                r.getLanguages(),
                r.getNote(),
                r.getBirthYear(),
                r.getConsentDate(),
                berlin(r.getCreatedAt()),
                berlin(r.getDecidedAt()),
                withParticipantRecord && r.getParticipant() != null
                        ? r.getParticipant().getId()
                        : null,
                withParticipantRecord && r.getEnrollment() != null
                        ? r.getEnrollment().getId()
                        : null);
    }

    /** Stored in UTC, shown with the offset of Europe/Berlin. */
    private static OffsetDateTime berlin(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Today.ZONE).toOffsetDateTime();
    }
}
