package de.deutsch4u.common;

import java.io.Serializable;
import java.util.List;

/**
 * A task of a start page ("Zu erledigen", issue 14), e.g. sessions without attendance: one line per thing it is
 * about (a teacher, a course, a provider) with that thing's id for the link to where to act and how many there are.
 */
public record TaskList(List<Line> lines) implements Serializable {

    /** What a line is about, its id and its count. */
    public record Line(long id, String label, long count) implements Serializable {}

    /** How many things there are to do: the sum of the lines. */
    public long total() {
        return lines.stream().mapToLong(Line::count).sum();
    }
}
