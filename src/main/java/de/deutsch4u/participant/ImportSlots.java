package de.deutsch4u.participant;

import de.deutsch4u.common.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * At most {@link #SLOTS} imports (preview or import, API or page) run at once on one instance; the next
 * one is refused at once with 429 {@code import.busy} and Retry-After instead of queueing up memory.
 */
@ApplicationScoped
public class ImportSlots {

    static final int SLOTS = 2;

    private final Semaphore slots = new Semaphore(SLOTS);

    /** Runs {@code work} in a free slot, or refuses it when all are taken. */
    public <T> T run(java.util.function.Supplier<T> work) {
        if (!slots.tryAcquire()) {
            throw new BusinessException(BusinessException.Kind.BUSY, "import.busy", List.of());
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
