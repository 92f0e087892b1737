package de.deutsch4u.finder;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.api.JsonConfig;
import de.deutsch4u.course.CourseChanged;
import de.deutsch4u.district.District;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public finder's data, held in memory: the finder is read by anyone, often, and must not put that load on
 * the database. Read again after {@code finder.cache.seconds} (env {@code FINDER_CACHE_SECONDS}, default 30,
 * at most 60) and at once after a course was saved on this instance. While one request reads, the others
 * get the previous snapshot, unless a course change made it stale.
 */
@ApplicationScoped
public class PublicCourseCatalog {

    static final int MAX_SECONDS = 60;

    @Inject
    private PublicCourseQuery query;

    @Inject
    @ConfigProperty(name = "finder.cache.seconds", defaultValue = "30")
    private int cacheSeconds;

    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock reading = new ReentrantLock();
    private volatile FinderSnapshot snapshot;

    public List<PublicCourse> courses(FinderFilter filter) {
        return matching(current(), Today.date(), filter);
    }

    /** {@link #courses} as the API's JSON, written once per snapshot, day and filter. */
    public byte[] coursesAsJson(FinderFilter filter) {
        FinderSnapshot known = current();
        LocalDate today = Today.date();
        return known.answers()
                .answer(
                        new Question(today, filter),
                        () -> JsonConfig.toJson(matching(known, today, filter)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where the page /kurse for this query string is kept: with the current snapshot, for today. Taken before the
     * page is rendered, so a page is never kept with a snapshot newer than the one it was rendered from.
     */
    KeptPage keptPage(String queryString) {
        return new KeptPage(current().answers(), new PageQuestion(Today.date(), queryString));
    }

    record KeptPage(AnswerCache answers, Object question) {
        byte[] html() {
            return answers.kept(question);
        }

        void keep(byte[] html) {
            answers.keep(question, html);
        }
    }

    private record PageQuestion(LocalDate today, String queryString) {}

    private static List<PublicCourse> matching(FinderSnapshot known, LocalDate today, FinderFilter filter) {
        return known.openOn(today).stream().filter(filter::matches).toList();
    }

    private record Question(LocalDate today, FinderFilter filter) {}

    public List<District> districts() {
        return current().districts();
    }

    /** The towns with public courses, by name: the finder's town filter. */
    public List<String> towns() {
        return current().openOn(Today.date()).stream()
                .map(course -> course.location().city())
                .distinct()
                .sorted()
                .toList();
    }

    void courseChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseChanged change) {
        generation.incrementAndGet();
    }

    private FinderSnapshot current() {
        FinderSnapshot known = snapshot;
        Duration maxAge = Duration.ofSeconds(Math.max(0, Math.min(cacheSeconds, MAX_SECONDS)));
        if (known != null && known.isFreshAt(Instant.now(), maxAge, generation.get())) {
            return known;
        }
        boolean staleByChange = known == null || known.generation() != generation.get();
        if (!staleByChange && !reading.tryLock()) {
            return known;
        }
        if (staleByChange) {
            reading.lock();
        }
        try {
            FinderSnapshot latest = snapshot;
            if (latest != null && latest.isFreshAt(Instant.now(), maxAge, generation.get())) {
                return latest;
            }
            long readGeneration = generation.get();
            Instant readAt = Instant.now();
            snapshot = new FinderSnapshot(
                    query.openCourses(Today.date()), query.districts(Today.date()), readAt, readGeneration);
            return snapshot;
        } finally {
            reading.unlock();
        }
    }
}
