package de.deutsch4u.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RestartBudgetTest {

    private Instant now = Instant.parse("2026-11-30T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void shouldGiveUpAtTheFifthFailureWithinFiveMinutes() {
        RestartBudget budget = new RestartBudget(5, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 4; i++) {
            assertTrue(budget.failedAndMayRestart(), "failure " + (i + 1));
            now = now.plusSeconds(60);
        }
        assertFalse(budget.failedAndMayRestart(), "five failures in four minutes");
    }

    @Test
    void shouldForgetFailuresOlderThanFiveMinutes() {
        RestartBudget budget = new RestartBudget(5, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 20; i++) {
            assertTrue(budget.failedAndMayRestart(), "failure " + (i + 1) + ", one every 80 s");
            now = now.plusSeconds(80);
        }
    }
}
