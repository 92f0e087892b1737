package de.deutsch4u.enrollment;

/** Labels: EnrollmentStatus.* */
public enum EnrollmentStatus {
    ENROLLED,
    WAITLISTED,
    WITHDRAWN
}
