package de.deutsch4u.finder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicInteger written = new AtomicInteger();

    private byte[] write(int size) {
        written.incrementAndGet();
        return new byte[size];
    }

    @Test
    void shouldWriteEachQuestionsAnswerOnce() {
        AnswerCache cache = new AnswerCache(100);
        byte[] first = cache.answer("level=A1", () -> write(10));
        byte[] again = cache.answer("level=A1", () -> write(10));
        cache.answer("level=B1", () -> write(10));

        assertEquals(2, written.get());
        assertArrayEquals(first, again);
    }

    @Test
    void shouldAnswerButNotKeepWhatExceedsTheBudget() {
        AnswerCache cache = new AnswerCache(25);
        cache.answer("a", () -> write(20));
        assertEquals(10, cache.answer("b", () -> write(10)).length, "answered although not kept");
        cache.answer("b", () -> write(10));
        cache.answer("a", () -> write(20));

        assertEquals(3, written.get(), "a is kept, b (over the budget) is written each time");
    }
}
