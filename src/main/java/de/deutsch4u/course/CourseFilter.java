package de.deutsch4u.course;

import java.time.LocalDate;

/** The filters of the course list (API query parameters and page filters); null means "any". */
public record CourseFilter(
        Long providerId, Long locationId, Integer districtId, CourseLevel level, LocalDate from, LocalDate to) {

    public static CourseFilter none() {
        return new CourseFilter(null, null, null, null, null, null);
    }
}
