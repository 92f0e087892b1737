package de.deutsch4u.course;

/** Language level of a course (GER/CEFR, from literacy to B2; labels: bundle keys CourseLevel.*). */
public enum CourseLevel {
    ALPHA,
    A1,
    A2,
    B1,
    B2
}
