package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinderResultsTest {

    private static final List<PublicCourse> FORTY_FIVE = Collections.nCopies(45, null);

    @Test
    void shouldShowTwentyCardsAPageAndNameTheirPositions() {
        FinderResults first = FinderResults.of(FORTY_FIVE, null);
        assertEquals(
                List.of(20, 1, 3, 45, 1, 20),
                List.of(first.shown().size(), first.page(), first.pages(), first.total(), first.first(), first.last()));
        FinderResults last = FinderResults.of(FORTY_FIVE, "3");
        assertEquals(List.of(5, 3, 41, 45), List.of(last.shown().size(), last.page(), last.first(), last.last()));
    }

    @Test
    void shouldShowTheNearestPageForAPageThatDoesNotExist() {
        assertEquals(3, FinderResults.of(FORTY_FIVE, "99").page());
        assertEquals(1, FinderResults.of(FORTY_FIVE, "0").page());
        assertEquals(1, FinderResults.of(FORTY_FIVE, "-2").page());
        assertEquals(1, FinderResults.of(FORTY_FIVE, "zwei").page());
        assertEquals(
                1, FinderResults.of(FORTY_FIVE, "99999999999").page(), "too long for a page number: the first page");
    }

    @Test
    void shouldCountNothingWhenNothingMatched() {
        FinderResults none = FinderResults.of(new ArrayList<>(), "2");
        assertEquals(
                List.of(0, 1, 1, 0, 0, 0),
                List.of(none.shown().size(), none.page(), none.pages(), none.total(), none.first(), none.last()));
    }
}
