package de.deutsch4u.finder;

import java.util.List;

/**
 * One page of the finder's results: a phone shows {@link #PAGE_SIZE} cards at a time, with links to the pages
 * before and after. A page number that is not a number or lies outside the results shows the nearest page.
 */
record FinderResults(List<PublicCourse> shown, int page, int pages, int total) {

    static final int PAGE_SIZE = 20;

    static FinderResults of(List<PublicCourse> matching, String pageParameter) {
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, number(pageParameter)), pages);
        int first = (page - 1) * PAGE_SIZE;
        return new FinderResults(
                matching.subList(first, Math.min(first + PAGE_SIZE, matching.size())), page, pages, matching.size());
    }

    /** Position of the first card shown, counted from 1 (0 when nothing matched). */
    int first() {
        return total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    int last() {
        return first() == 0 ? 0 : first() + shown.size() - 1;
    }

    private static int number(String text) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(text.strip());
    }
}
