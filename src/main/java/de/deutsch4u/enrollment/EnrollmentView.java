package de.deutsch4u.enrollment;

import java.time.LocalDate;

/** An enrollment as the API shows it. */
public record EnrollmentView(
        long id,
        long courseId,
        long participantId,
        EnrollmentStatus status,
        Integer waitlistPosition,
        LocalDate fromDate,
        LocalDate withdrawalDate,
        WithdrawalReason withdrawalReason,
        String withdrawalNote,
        Long transferredTo) {

    public static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(
                e.getId(),
                e.getCourse().getId(),
                e.getParticipant().getId(),
                e.getStatus(),
                e.getWaitlistPosition(),
                e.getFromDate(),
                e.getWithdrawalDate(),
                e.getWithdrawalReason(),
                e.getWithdrawalNote(),
                e.getTransferredToId());
    }
}
