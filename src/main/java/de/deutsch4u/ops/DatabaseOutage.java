package de.deutsch4u.ops;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Whether the database can be reached. A probe on a connection of its own looks every second; after two
 * failures in a row the database counts as away: requests then answer 503 at once instead of each waiting
 * for timeouts and logging a stack trace. The log gets one line when an outage starts and one when it ends.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final int FAILURES_FOR_AN_OUTAGE = 2;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile boolean down;
    private int failuresInARow;
    private Instant since;
    private ScheduledFuture<?> heartbeat;
    private DatabaseProbe probe;

    void startHeartbeat(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        heartbeat = scheduler.scheduleWithFixedDelay(this::probeNow, 1, 1, TimeUnit.SECONDS);
    }

    public boolean isDown() {
        return down;
    }

    /** Looks at the database now (at most about 2 s) and records what it found; true when it answered. */
    public boolean probeNow() {
        String failure = probe().failure();
        record(failure);
        return failure == null;
    }

    /** A request failed because of the database: confirm with a probe, without making the request wait. */
    public void reportFailure() {
        if (!down) {
            scheduler.execute(this::probeNow);
        }
    }

    private synchronized void record(String failure) {
        if (failure == null) {
            failuresInARow = 0;
            if (down) {
                down = false;
                LOG.warning(() -> "Database reachable again after "
                        + Duration.between(since, Instant.now()).toSeconds() + " s.");
            }
        } else if (++failuresInARow >= FAILURES_FOR_AN_OUTAGE && !down) {
            down = true;
            since = Instant.now();
            LOG.warning(() -> "Database unreachable (" + failure + "); requests answer 503 until it is back.");
        }
    }

    private synchronized DatabaseProbe probe() {
        if (probe == null) {
            probe = new DatabaseProbe();
        }
        return probe;
    }

    @PreDestroy
    void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(true);
        }
    }
}
