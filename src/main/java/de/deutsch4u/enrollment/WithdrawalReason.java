package de.deutsch4u.enrollment;

/** Why someone left a course (contract §5; labels: WithdrawalReason.*). TRANSFER is set by a transfer. */
public enum WithdrawalReason {
    WORK,
    MOVED,
    INTEGRATION_COURSE,
    ILLNESS,
    CHILDCARE,
    UNKNOWN,
    OTHER,
    TRANSFER
}
