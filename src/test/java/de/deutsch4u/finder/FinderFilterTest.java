package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.BusinessException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinderFilterTest {

    private static final PublicCourse COURSE = FinderSnapshotTest.course(5, LocalDate.of(2027, 1, 31));

    @Test
    void shouldMatchEveryCourseWithoutFilters() {
        assertTrue(FinderFilter.parse(Map.of("lang", "en", "q", " ")).matches(COURSE));
    }

    @Test
    void shouldMatchAllWordsOfTheSearchInAnyCase() {
        assertTrue(FinderFilter.parse(Map.of("q", "frankfurt KURS")).matches(COURSE));
        assertFalse(FinderFilter.parse(Map.of("q", "frankfurt kassel")).matches(COURSE));
    }

    @Test
    void shouldReadFiltersInAnyCase() {
        FinderFilter filter = FinderFilter.parse(Map.of(
                "level",
                "a1",
                "weekday",
                "monday",
                "timeOfDay",
                "morning",
                "childcare",
                "TRUE",
                "language",
                "AR",
                "town",
                "frankfurt am main",
                "districtId",
                "7"));
        assertTrue(filter.matches(COURSE));
        assertFalse(FinderFilter.parse(Map.of("weekday", "TUESDAY")).matches(COURSE));
        assertFalse(FinderFilter.parse(Map.of("childcare", "false")).matches(COURSE));
    }

    @Test
    void shouldNameEveryInvalidParameter() {
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> FinderFilter.parse(Map.of("districtId", "-1", "course", "x", "town", "t".repeat(101))));
        assertEquals(BusinessException.Kind.INVALID, e.kind());
        assertEquals(3, e.violations().size());
    }
}
