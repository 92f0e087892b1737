package de.deutsch4u.finder;

import de.deutsch4u.district.District;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the finder read from the database at one moment, and the answers written from it. It is fresh for
 * {@code maxAge} and only for the generation of changes it was read in (a saved course change starts a new generation).
 */
record FinderSnapshot(
        List<PublicCourse> courses, List<District> districts, Instant readAt, long generation, AnswerCache answers) {

    FinderSnapshot(List<PublicCourse> courses, List<District> districts, Instant readAt, long generation) {
        this(courses, districts, readAt, generation, new AnswerCache(AnswerCache.DEFAULT_BUDGET));
    }

    boolean isFreshAt(Instant now, Duration maxAge, long currentGeneration) {
        return generation == currentGeneration && now.isBefore(readAt.plus(maxAge));
    }

    /** Courses that ended since the snapshot was read are left out at once, not after the next reload. */
    List<PublicCourse> openOn(LocalDate today) {
        return courses.stream()
                .filter(course -> !course.endDate().isBefore(today))
                .toList();
    }
}
