package de.deutsch4u.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How often the launcher restarts a child that died: a crash now and then is restarted, a child that keeps
 * dying (5 failures within 5 minutes) is not, because restarting it again would only hide the cause.
 */
final class RestartBudget {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    RestartBudget(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Records a failure; true while another restart is still allowed. */
    synchronized boolean failedAndMayRestart() {
        Instant now = clock.instant();
        failures.addLast(now);
        while (failures.peekFirst().isBefore(now.minus(window))) {
            failures.removeFirst();
        }
        return failures.size() < maxFailures;
    }

    int maxFailures() {
        return maxFailures;
    }

    Duration window() {
        return window;
    }
}
