package de.deutsch4u.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CourseStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 18);

    private static CourseStatus on(LocalDate today, CourseStatus stored) {
        return CourseStatus.on(today, stored, START, END);
    }

    @Test
    void aPublishedCourseRunsFromItsFirstToItsLastDayAndIsCompletedAfter() {
        assertEquals(CourseStatus.PUBLISHED, on(START.minusDays(1), CourseStatus.PUBLISHED));
        assertEquals(CourseStatus.RUNNING, on(START, CourseStatus.PUBLISHED));
        assertEquals(CourseStatus.RUNNING, on(END, CourseStatus.PUBLISHED));
        assertEquals(CourseStatus.COMPLETED, on(END.plusDays(1), CourseStatus.PUBLISHED));
    }

    @Test
    void draftsAndCancelledCoursesKeepTheirStatusWhateverTheDate() {
        for (LocalDate day : new LocalDate[] {START.minusDays(1), START, END.plusDays(1)}) {
            assertEquals(CourseStatus.DRAFT, on(day, CourseStatus.DRAFT));
            assertEquals(CourseStatus.CANCELLED, on(day, CourseStatus.CANCELLED));
        }
    }
}
