import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The statements of one attendance save (issue 16), without the application around them: what the single
 * definitions (the view enrolled_session, the procedure derive_attendance) cost in the database, and what Jdbi
 * costs over plain JDBC in the client. Three variants, in alternating rounds on one connection pool, every save in
 * a transaction that is rolled back (so every save is a first save of a session not held yet, as in
 * bench/attendance.sh):
 * <ul>
 *   <li>former: plain JDBC, the statements before issue 16 (enrolled-on-date written out, counts and the newly
 *   PRESENT bound from Java);</li>
 *   <li>jdbc: plain JDBC, today's statements (the view, CALL derive_attendance);</li>
 *   <li>jdbi: today's statements through Jdbi, bound as the application binds them.</li>
 * </ul>
 * Reports per save: the client's CPU (this thread), mariadbd's CPU and the elapsed time. Run by bench/sql-path.sh on
 * the database that bench/attendance.sh left. Arguments: jdbcUrl user password [savesPerRound [rounds]]
 * <p>
 * The session facts and the sheet lines are the application's files; the former statements and the writes are
 * copies (the writes of SheetWriter as of 2026-11-30).
 */
public class SqlPathBench {

    /** The application's own statements (src/main/resources/attendance), read from the WAR as the application does. */
    static final String FACTS = file("attendance/session-facts.sql") + " FOR UPDATE";
    static final String LINES = file("attendance/sheet-lines.sql");
    static final String FORMER_LINES = """
            SELECT p.id, p.first_name, p.last_name, a.status,
                   MAX(e.was_enrolled AND e.from_date <= ? AND (e.withdrawal_date IS NULL OR e.withdrawal_date > ?))
            FROM enrollment e JOIN participant p ON p.id = e.participant_id
            LEFT JOIN attendance a ON a.session_id = ? AND a.participant_id = p.id
            WHERE e.course_id = ?
            GROUP BY p.id, p.first_name, p.last_name, a.status
            ORDER BY p.last_name, p.first_name, p.id""";
    static final String MARK_HELD = """
            UPDATE course_session
            SET attendance_version = attendance_version + 1, version = version + 1, status = 'HELD',
                topic = :topic, attendance_saved_at = :now, attendance_saved_by = :caller
            WHERE id = :session""";
    static final String FORMER_MARK_HELD = """
            UPDATE course_session
            SET attendance_version = attendance_version + 1, version = version + 1, status = 'HELD', topic = ?,
                present_count = ?, recorded_count = ?, attendance_saved_at = ?, attendance_saved_by = ?
            WHERE id = ?""";
    static final String AUDIT = "INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, detail) "
            + "VALUES (:at, :actor, 'ATTENDANCE', 'session', :session, 'version=1, changedEntries=25')";

    static String file(String path) {
        return ClasspathSqlLocator.removingComments().getResource(SqlPathBench.class.getClassLoader(), path);
    }

    /** A row of the entries' upsert, bound by its accessors' names as the application does. */
    public record Entry(long sessionId, long participantId, String status) {}

    record Session(long id, long courseId, LocalDate date) {}

    interface Save {
        void run(Session session) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        MariaDbPoolDataSource pool = new MariaDbPoolDataSource(
                args[0] + "?user=" + args[1] + "&password=" + args[2] + "&maxPoolSize=2");
        List<Session> sessions = sessionsNotHeld(pool);
        Jdbi jdbi = Jdbi.create(pool);
        String[] names = {"former", "jdbc", "jdbi"};
        Save[] saves = {s -> former(pool, s), s -> current(pool, s), s -> viaJdbi(jdbi, s)};
        System.out.printf("%d sessions not held yet; %d saves per round, %d rounds (the first warms up)%n",
                sessions.size(), perRound, rounds);
        System.out.println("| round | variant | client CPU µs/save | database CPU µs/save | elapsed µs/save |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int round = 0; round < rounds; round++) {
            for (int v = 0; v < saves.length; v++) {
                double client = threadCpuMicros();
                double database = databaseCpuMicros();
                long start = System.nanoTime();
                for (int i = 0; i < perRound; i++) {
                    saves[v].run(sessions.get(i % sessions.size()));
                }
                System.out.printf("| %d | %s | %.0f | %.0f | %.0f |%n", round, names[v],
                        (threadCpuMicros() - client) / perRound, (databaseCpuMicros() - database) / perRound,
                        (System.nanoTime() - start) / 1e3 / perRound);
            }
        }
    }

    /** Sessions of courses with enrollments that have no entries yet (bench/attendance.sh leaves plenty). */
    static List<Session> sessionsNotHeld(DataSource pool) throws SQLException {
        List<Session> sessions = new ArrayList<>();
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT s.id, s.course_id, s.session_date FROM course_session s
                        WHERE s.status <> 'HELD' AND EXISTS (SELECT 1 FROM enrollment e WHERE e.course_id = s.course_id)
                        ORDER BY s.id LIMIT 2000""")) {
            while (rs.next()) {
                sessions.add(new Session(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
            }
        }
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no session without entries: run bench/attendance.sh first");
        }
        return sessions;
    }

    static String status(long participantId) {
        return participantId % 10 == 0 ? "ABSENT" : "PRESENT";
    }

    /** Today's statements through Jdbi: one handle, one transaction, rolled back. */
    static void viaJdbi(Jdbi jdbi, Session s) {
        try (Handle h = jdbi.open()) {
            h.begin();
            h.createQuery(FACTS).bind("me", 1L).bind("session", s.id()).map((rs, ctx) -> rs.getLong("course_id")).one();
            List<Entry> entries = h.createQuery(LINES).bind("session", s.id()).bind("course", s.courseId())
                    .map((rs, ctx) -> new Entry(s.id(), rs.getLong("id"), status(rs.getLong("id"))))
                    .list();
            h.createUpdate("INSERT INTO attendance (session_id, participant_id, status) VALUES <entries> "
                            + "ON DUPLICATE KEY UPDATE status = VALUES(status)")
                    .bindMethodsList("entries", entries, List.of("sessionId", "participantId", "status"))
                    .execute();
            h.createUpdate(MARK_HELD).bind("topic", "Bench").bind("now", LocalDateTime.now()).bind("caller", 1L)
                    .bind("session", s.id()).execute();
            h.createUpdate("CALL derive_attendance(:session, '[]')").bind("session", s.id()).execute();
            h.createUpdate(AUDIT).bind("at", LocalDateTime.now()).bind("actor", "bench").bind("session", s.id()).execute();
            h.rollback();
        }
    }

    /** Today's statements in plain JDBC. */
    static void current(DataSource pool, Session s) throws SQLException {
        inRolledBackTransaction(pool, c -> {
            query(c, positional(FACTS), 1L, 1L, s.id());
            List<Long> people = query(c, positional(LINES), s.id(), s.id(), s.courseId());
            upsertEntries(c, s, people);
            update(c, positional(MARK_HELD), "Bench", LocalDateTime.now(), 1L, s.id());
            update(c, "CALL derive_attendance(?, '[]')", s.id());
            update(c, positional(AUDIT), LocalDateTime.now(), "bench", s.id());
            return null;
        });
    }

    /** The statements before issue 16: the counts and who became PRESENT come from Java. */
    static void former(DataSource pool, Session s) throws SQLException {
        inRolledBackTransaction(pool, c -> {
            query(c, positional(FACTS), 1L, 1L, s.id());
            List<Long> people = query(c, FORMER_LINES, s.date(), s.date(), s.id(), s.courseId());
            upsertEntries(c, s, people);
            List<Long> present = people.stream().filter(p -> status(p).equals("PRESENT")).toList();
            update(c, FORMER_MARK_HELD, "Bench", present.size(), people.size(), LocalDateTime.now(), 1L, s.id());
            List<Object> widen = new ArrayList<>();
            for (long p : present) {
                widen.addAll(List.of(s.courseId(), p, s.date(), s.date()));
            }
            update(c, "INSERT INTO course_presence (course_id, participant_id, first_present, last_present) VALUES "
                    + String.join(", ", Collections.nCopies(present.size(), "(?, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE first_present = LEAST(first_present, VALUES(first_present)),"
                    + " last_present = GREATEST(last_present, VALUES(last_present))", widen.toArray());
            update(c, positional(AUDIT), LocalDateTime.now(), "bench", s.id());
            return null;
        });
    }

    static void upsertEntries(Connection c, Session s, List<Long> people) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (long p : people) {
            values.addAll(List.of(s.id(), p, status(p)));
        }
        update(c, "INSERT INTO attendance (session_id, participant_id, status) VALUES "
                + String.join(", ", Collections.nCopies(people.size(), "(?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE status = VALUES(status)", values.toArray());
    }

    interface Work {
        Object run(Connection c) throws SQLException;
    }

    static void inRolledBackTransaction(DataSource pool, Work work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** The first column of every row, as numbers. */
    static List<Long> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = prepared(c, sql, params);
                ResultSet rs = p.executeQuery()) {
            List<Long> firstColumn = new ArrayList<>();
            while (rs.next()) {
                firstColumn.add(rs.getLong(1));
            }
            return firstColumn;
        }
    }

    static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = prepared(c, sql, params)) {
            p.executeUpdate();
        }
    }

    static PreparedStatement prepared(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            p.setObject(i + 1, params[i]);
        }
        return p;
    }

    /** Named parameters (:name) as JDBC's question marks, in order of appearance. */
    static String positional(String sql) {
        return sql.replaceAll(":[a-zA-Z]+", "?");
    }

    static double threadCpuMicros() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e3;
    }

    /** mariadbd's CPU time so far (this machine's server), in µs. */
    static double databaseCpuMicros() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/mariadbd")).orElse(false))
                .findFirst()
                .flatMap(p -> p.info().totalCpuDuration())
                .map(d -> d.toNanos() / 1e3)
                .orElse(Double.NaN);
    }
}
