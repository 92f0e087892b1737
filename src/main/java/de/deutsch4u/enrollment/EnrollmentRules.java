package de.deutsch4u.enrollment;

import de.deutsch4u.common.BusinessException;
import java.time.LocalDate;

/** Places, dates and the waiting list (contract §5 "Participants and enrollment"), as plain rules. */
final class EnrollmentRules {

    private EnrollmentRules() {}

    /** The enrollment's first day: by default the course's start, or today while it runs; required once it has ended. */
    static LocalDate fromDate(LocalDate courseStart, LocalDate courseEnd, LocalDate requested, LocalDate today) {
        if (requested == null) {
            if (today.isAfter(courseEnd)) {
                throw BusinessException.invalidField("fromDate", "violation.fromDate.required");
            }
            return today.isAfter(courseStart) ? today : courseStart;
        }
        if (requested.isBefore(courseStart) || requested.isAfter(courseEnd)) {
            throw BusinessException.invalidField("fromDate", "violation.fromDate.outsideCourse");
        }
        return requested;
    }

    /** A newcomer gets a place while fewer than the capacity are enrolled; otherwise the waiting list. */
    static boolean hasPlace(long enrolled, int capacity) {
        return enrolled < capacity;
    }

    /**
     * A withdrawal's date: for someone enrolled from their first day to the course's end, for someone
     * waiting any day up to the course's end. Withdrawing twice is a conflict.
     */
    static void requireWithdrawable(EnrollmentStatus status, LocalDate fromDate, LocalDate courseEnd, LocalDate date) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw BusinessException.conflict("enrollment.alreadyWithdrawn");
        }
        boolean inRange = status == EnrollmentStatus.ENROLLED
                ? !date.isBefore(fromDate) && !date.isAfter(courseEnd)
                : !date.isAfter(courseEnd);
        if (!inRange) {
            throw BusinessException.invalidField("date", "violation.withdrawal.date");
        }
    }

    /** The first on the waiting list takes a freed place from the withdrawal's date, at the earliest the course's start. */
    static LocalDate promotionDate(LocalDate withdrawalDate, LocalDate courseStart) {
        return withdrawalDate.isAfter(courseStart) ? withdrawalDate : courseStart;
    }
}
