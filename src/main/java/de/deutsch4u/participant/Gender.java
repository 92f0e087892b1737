package de.deutsch4u.participant;

/** Gender as asked for in funding statistics (labels: Gender.*). */
public enum Gender {
    FEMALE,
    MALE,
    DIVERSE,
    UNSPECIFIED
}
