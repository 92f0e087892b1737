package de.deutsch4u.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list, so that no caller mistakes a page for everything. */
public record Page<T>(List<T> items, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
