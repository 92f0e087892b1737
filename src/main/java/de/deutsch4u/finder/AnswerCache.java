package de.deutsch4u.finder;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers written from one snapshot of the finder (the API's JSON, the page's HTML), so that the few questions most visitors
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
        byte[] known = kept(question);
        if (known != null) {
            return known;
        }
        byte[] written = writer.get();
        keep(question, written);
        return written;
    }

    /** The answer kept for this question, or null. */
    byte[] kept(Object question) {
        return answers.get(question);
    }

    /** Keeps the answer unless the budget is spent or another request kept one first. */
    void keep(Object question, byte[] answer) {
        if (bytes.addAndGet(answer.length) > budget || answers.putIfAbsent(question, answer) != null) {
            bytes.addAndGet(-answer.length);
        }
    }
}
