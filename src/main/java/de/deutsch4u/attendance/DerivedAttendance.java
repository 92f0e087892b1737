package de.deutsch4u.attendance;

import de.deutsch4u.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one writer of what is derived from the attendance rows: a session's present_count and recorded_count,
 * and course_presence. Both are the stored procedures of V096, which the benchmark loader (bench/hessen-x10.sql)
 * calls too; the sheet save and the demo data call them through this class after writing entries, in the same
 * transaction.
 * <p>
 * The procedures have no OUT parameters, so they are called as plain statements ({@code createUpdate}), sent as
 * text like every other statement. {@code createCall} had the driver prepare the CALL on the server, which cost
 * about 0.25–0.3 ms more database CPU per save (docs/benchmarks.md, session 9).
 */
@ApplicationScoped
public class DerivedAttendance {

    @Inject
    private Sql sql;

    /** After a save of one HELD session's entries; {@code noLongerPresent}: who was PRESENT before the save and is not now. */
    public void sessionSaved(long sessionId, List<Long> noLongerPresent) {
        String ids = noLongerPresent.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        sql.useHandle(handle -> handle.createUpdate("CALL derive_attendance(:session, :noLongerPresent)")
                .bind("session", sessionId)
                .bind("noLongerPresent", ids)
                .execute());
    }

    /** After the entries of many sessions of a course were written at once (demo data). */
    public void courseRecorded(long courseId) {
        sql.useHandle(handle -> handle.createUpdate("CALL derive_course_attendance(:course)")
                .bind("course", courseId)
                .execute());
    }
}
