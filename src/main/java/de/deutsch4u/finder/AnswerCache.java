package de.deutsch4u.finder;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers written from one snapshot of the finder (the API's JSON), so that the few questions most visitors
 * ask are not serialised again for each of them. It holds at most {@code budget} bytes: a flood of different
 * questions is still answered, just not kept. It lives and dies with its snapshot.
 */
final class AnswerCache {

    static final long DEFAULT_BUDGET = 8L * 1024 * 1024;

    private final ConcurrentHashMap<Object, byte[]> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget;

    AnswerCache(long budget) {
        this.budget = budget;
    }

    byte[] answer(Object question, Supplier<byte[]> writer) {
        byte[] known = answers.get(question);
        if (known != null) {
            return known;
        }
        byte[] written = writer.get();
        if (bytes.addAndGet(written.length) > budget || answers.putIfAbsent(question, written) != null) {
            bytes.addAndGet(-written.length);
        }
        return written;
    }
}
