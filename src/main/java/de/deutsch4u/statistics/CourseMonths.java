package de.deutsch4u.statistics;

/** A course's location and how many of its months in a period are not closed yet (course-open-months.sql). */
public record CourseMonths(long courseId, String locationName, String locationCity, int openMonths) {
}
