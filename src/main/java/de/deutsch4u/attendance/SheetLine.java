package de.deutsch4u.attendance;

/**
 * One person ever enrolled in the session's course: the saved status (null = none) and whether they are
 * enrolled on the session's date (only those are on the sheet).
 */
record SheetLine(
        long participantId, String firstName, String lastName, AttendanceStatus savedStatus, boolean enrolledOnDate) {}
