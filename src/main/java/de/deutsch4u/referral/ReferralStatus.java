package de.deutsch4u.referral;

/** Where a referral stands (contract §11); ACCEPTED and WAITLISTED follow the enrollment it led to. */
public enum ReferralStatus {
    OPEN,
    ACCEPTED,
    WAITLISTED,
    DECLINED
}
