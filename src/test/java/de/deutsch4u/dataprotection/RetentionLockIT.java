package de.deutsch4u.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.TestApp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention job's once-a-day lock (issue 13) across instances: two runs on one database, each in its own
 * transaction on its own connection as two instances' timers would be, start at the same moment; exactly one does
 * the work, the other waits for its commit and then finds today's run done.
 */
@Tag("db")
@ExtendWith(TestApp.class)
class RetentionLockIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private static final AtomicInteger JOBS = new AtomicInteger();

    @Test
    void shouldLetExactlyOneOfTwoConcurrentRunsDoTheWork() throws Exception {
        String job = newJob();
        AtomicInteger work = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = instances.invokeAll(
                    List.of(() -> run(job, start, work, true), () -> run(job, start, work, true)),
                    60,
                    TimeUnit.SECONDS);
            int claimed = 0;
            for (Future<Boolean> run : runs) {
                claimed += run.get() ? 1 : 0;
            }
            assertEquals(1, claimed, "one run claims the day");
            assertEquals(1, work.get(), "the work was done once");
        } finally {
            instances.shutdownNow();
        }
        assertEquals(TODAY, lastRun(job));
        assertFalse(run(job, null, work, true), "a later run the same day finds it done");
        assertEquals(1, work.get());
    }

    @Test
    void shouldLeaveTheDayToTheOtherInstanceWhenTheFirstRunFails() throws Exception {
        String job = newJob();
        AtomicInteger work = new AtomicInteger();
        assertTrue(run(job, null, work, false), "the first run claims the day and then rolls back");
        assertTrue(run(job, null, work, true), "the day was not taken: the next run does the work");
        assertEquals(2, work.get());
        assertEquals(TODAY, lastRun(job));
    }

    /**
     * One instance's run: claims today in a transaction, does the work (half a second, holding the lock) when it
     * may, then commits, or rolls back when {@code succeeds} is false. True when it claimed the day.
     */
    private static boolean run(String job, CyclicBarrier start, AtomicInteger work, boolean succeeds) throws Exception {
        try (Connection connection = TestApp.database().connect()) {
            connection.setAutoCommit(false);
            if (start != null) {
                start.await(30, TimeUnit.SECONDS);
            }
            boolean claimed =
                    DailyRun.claim(Jdbi.open(connection), job, TODAY); // the handle leaves the transaction to us
            if (claimed) {
                work.incrementAndGet();
                Thread.sleep(500);
            }
            if (succeeds) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return claimed;
        }
    }

    /** A scheduled_job row of its own, not yet run, like the migration's row for the retention job. */
    private static String newJob() throws Exception {
        String job = "lock-test-" + JOBS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        try (Connection connection = TestApp.database().connect();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO scheduled_job (name, last_run) VALUES (?, ?)")) {
            insert.setString(1, job);
            insert.setObject(2, TODAY.minusDays(1));
            insert.executeUpdate();
        }
        return job;
    }

    private static LocalDate lastRun(String job) throws Exception {
        try (Connection connection = TestApp.database().connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT last_run FROM scheduled_job WHERE name = ?")) {
            select.setString(1, job);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getDate(1).toLocalDate();
            }
        }
    }
}
