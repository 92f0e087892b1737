package de.deutsch4u.course;

/** Fired when a course was created, changed or cancelled; the public finder drops its cached list after the commit. */
public record CourseChanged(long courseId) {}
