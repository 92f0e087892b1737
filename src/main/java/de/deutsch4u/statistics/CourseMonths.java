package de.deutsch4u.statistics;

/** A course, its provider and location, and how many of its months in a period are not closed yet (course-open-months.sql). */
public record CourseMonths(
        long courseId,
        String courseTitle,
        long providerId,
        String providerName,
        String locationName,
        String locationCity,
        int openMonths) {}
