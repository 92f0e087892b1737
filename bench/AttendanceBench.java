import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saving a 25-participant attendance sheet (issue 6): through the API (HTTP Basic, JSON, the app's
 * checks and audit) versus the same transaction in plain JDBC (version check on the session row and one
 * multi-row upsert), with 1 and with 32 concurrent clients, in one run. Run by bench/attendance.sh.
 * Beside the times it reports the CPU the application (the launcher's process tree) and the database server
 * spent per save: on a shared machine the times move with the neighbours, the CPU per save much less.
 * Arguments: baseUrl adminPassword jdbcUrl dbUser dbPassword [savesPerClient [launcherPid]]
 */
public class AttendanceBench {

    static final int PARTICIPANTS = 25;
    static final int CLIENTS = 32;
    /** Days of sessions per course: enough that every run saves sessions not saved before. */
    static final int DAYS = 600;
    /** Saves per client before measuring: the JIT needs several thousand requests to compile the request path. */
    static final int WARM_UP = 200;
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static String base;
    /** The application's launcher; its descendants run Payara. Null: CPU not measured. */
    static ProcessHandle app;
    static String admin;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        base = args[0];
        admin = basic("admin", args[1]);
        int saves = args.length > 5 ? Integer.parseInt(args[5]) : 40;
        app = args.length > 6 ? ProcessHandle.of(Long.parseLong(args[6])).orElse(null) : null;
        Fixture api = fixture();
        Fixture jdbc = fixture();
        try (Connection probe = DriverManager.getConnection(args[2], args[3], args[4])) {
            System.out.printf("courses: %d, sessions: %d, participants per sheet: %d%n", CLIENTS, api.sessions.size(),
                    PARTICIPANTS);
        }
        List<String> lines = new ArrayList<>();
        Saver[] byJdbc = {jdbcSaver(args, jdbc, 1), jdbcSaver(args, jdbc, CLIENTS)};
        // Warm-up with all clients first, so that the one-client figures do not measure the interpreter.
        run("warm-up API", CLIENTS, WARM_UP, api, (c, s, v) -> saveByApi(api, s, v));
        run("warm-up JDBC", CLIENTS, WARM_UP, jdbc, byJdbc[1]);
        for (int clients : new int[] {1, CLIENTS}) {
            // Within a run no two clients may save the same session, so a run takes at most every session once.
            int perClient = Math.min(clients == 1 ? saves * 8 : saves, api.sessions.size() / clients / 2);
            Saver jdbcSaver = byJdbc[clients == 1 ? 0 : 1];
            Result viaApi = run("API", clients, perClient, api, (c, s, v) -> saveByApi(api, s, v));
            Result viaJdbc = run("JDBC", clients, perClient, jdbc, jdbcSaver);
            if (clients == 1) {
                Result reads = run("GET sheet", 1, perClient, api, (c, s, v) -> readByApi(api, s), false);
                lines.add(reads.line("API GET of the sheet (login + scope + JSON, no write)", 1));
            }
            lines.add(viaApi.line("API", clients));
            lines.add(viaJdbc.line("plain JDBC", clients));
            lines.add(String.format("| ratio API / JDBC, %d client(s) | median %.1f× | p95 %.1f× | throughput %.2f× | |",
                    clients, viaApi.median() / viaJdbc.median(), viaApi.p95() / viaJdbc.p95(),
                    viaApi.throughput() / viaJdbc.throughput()));
        }
        System.out.println("| what | median ms | p95 ms | saves/s | errors | app CPU ms/save | database CPU ms/save |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        lines.forEach(System.out::println);
    }

    /** cursor: where the next run starts, so that runs save sessions not saved before (until all are taken). */
    record Fixture(String providerAuth, List<Long> sessions, List<Long> participants, int[] versions, AtomicInteger cursor) {
    }

    /**
     * A provider with {@link #CLIENTS} courses (own teacher and location each), every one with a session every
     * day for {@link #DAYS} days and the same 25 participants. The sessions are listed course by course in turn, so
     * with 32 clients each client saves the sessions of its own course, as 32 teachers in 32 classrooms do.
     */
    static Fixture fixture() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        long providerId = id(post(admin, "/api/providers", "{\"name\":\"Bench " + unique + "\",\"districtId\":1}"));
        String providerUser = "bench-" + unique;
        post(admin, "/api/users", "{\"username\":\"" + providerUser + "\",\"password\":\"bench-password-123\","
                + "\"displayName\":\"Bench\",\"role\":\"PROVIDER\",\"providerId\":" + providerId + "}");
        String providerAuth = basic(providerUser, "bench-password-123");
        LocalDate today = LocalDate.now();
        List<Long> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            participants.add(id(post(admin, "/api/participants", "{\"providerId\":" + providerId + ",\"firstName\":\"Bench\","
                    + "\"lastName\":\"P" + i + "\",\"birthYear\":1990,\"gender\":\"FEMALE\",\"countryOfOrigin\":\"SY\","
                    + "\"consentGiven\":true}")));
        }
        List<List<Long>> byCourse = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String teacher = "bench-t" + c + "-" + unique;
            post(admin, "/api/users", "{\"username\":\"" + teacher + "\",\"password\":\"bench-password-123\","
                    + "\"displayName\":\"Bench teacher\",\"role\":\"TEACHER\",\"providerId\":" + providerId + "}");
            long teacherId = idOf(get(admin, "/api/users"), teacher);
            long locationId = id(post(admin, "/api/locations", "{\"providerId\":" + providerId + ",\"name\":\"Bench " + c
                    + "-" + unique + "\",\"street\":\"Rheinstraße 1\",\"postalCode\":\"64283\",\"city\":\"Darmstadt\","
                    + "\"districtId\":1,\"capacity\":40}"));
            long courseId = id(post(admin, "/api/courses", "{\"providerId\":" + providerId + ",\"locationId\":" + locationId
                    + ",\"teacherId\":" + teacherId + ",\"title\":\"Bench\",\"level\":\"A1\",\"startDate\":\""
                    + today.minusDays(DAYS) + "\",\"endDate\":\"" + today.minusDays(1) + "\",\"weekdays\":[\"MONDAY\","
                    + "\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"startTime\":\"09:00\","
                    + "\"endTime\":\"12:00\",\"unitsPerSession\":4,\"capacity\":30,\"fundingLine\":\"STATE\"}"));
            for (long p : participants) {
                post(admin, "/api/courses/" + courseId + "/enrollments", "{\"participantId\":" + p + ",\"fromDate\":\""
                        + today.minusDays(DAYS) + "\"}");
            }
            List<Long> sessions = new ArrayList<>();
            Matcher m = ID.matcher(get(admin, "/api/courses/" + courseId + "/sessions"));
            while (m.find()) {
                sessions.add(Long.parseLong(m.group(1)));
            }
            byCourse.add(sessions);
        }
        int perCourse = byCourse.stream().mapToInt(List::size).min().orElseThrow();
        List<Long> interleaved = new ArrayList<>();
        for (int i = 0; i < perCourse; i++) {
            for (List<Long> course : byCourse) {
                interleaved.add(course.get(i));
            }
        }
        return new Fixture(providerAuth, interleaved, participants, new int[interleaved.size()], new AtomicInteger());
    }

    interface Saver {
        void save(int client, long session, int version) throws Exception;
    }

    /** appCpu, databaseCpu: CPU milliseconds per save of the application and of mariadbd (NaN: not measured). */
    record Result(List<Double> millis, double seconds, int errors, double appCpu, double databaseCpu) {
        double median() {
            return millis.get(millis.size() / 2);
        }

        double p95() {
            return millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        }

        double throughput() {
            return millis.size() / seconds;
        }

        String line(String what, int clients) {
            return String.format("| %s, %d client(s), %d saves | %.2f | %.2f | %.0f | %d | %.2f | %.2f |", what, clients,
                    millis.size(), median(), p95(), throughput(), errors, appCpu, databaseCpu);
        }
    }

    /** Client c saves sessions c, c + clients, …: with 32 clients the sessions of its own course. */
    static Result run(String label, int clients, int perClient, Fixture f, Saver saver) throws Exception {
        return run(label, clients, perClient, f, saver, true);
    }

    static Result run(String label, int clients, int perClient, Fixture f, Saver saver, boolean writes) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        int first = f.cursor().get();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        double appBefore = cpuMillis(app);
        double databaseBefore = cpuMillis(database());
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    int index = (first + client + i * clients) % f.sessions().size();
                    long t0 = System.nanoTime();
                    try {
                        saver.save(client, f.sessions().get(index), f.versions()[index]);
                        if (writes) {
                            f.versions()[index]++;
                        }
                        millis.add((System.nanoTime() - t0) / 1e6);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() == 1) {
                            System.out.println("first error: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double appCpu = (cpuMillis(app) - appBefore) / millis.size();
        double databaseCpu = (cpuMillis(database()) - databaseBefore) / millis.size();
        pool.shutdown();
        // Whole rounds of CLIENTS sessions: with 32 clients, client c keeps saving the sessions of course c.
        f.cursor().addAndGet((clients * perClient + CLIENTS - 1) / CLIENTS * CLIENTS);
        Collections.sort(millis);
        Result r = new Result(new ArrayList<>(millis), seconds, errors.get(), appCpu, databaseCpu);
        System.out.println(label + ": " + r.line(label, clients));
        return r;
    }

    /** CPU time of a process and its descendants so far, in ms; NaN without the process. */
    static double cpuMillis(ProcessHandle process) {
        if (process == null) {
            return Double.NaN;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
                .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0))
                .sum();
    }

    /** The database server on this machine (mariadbd), or null if it is not a process here. */
    static ProcessHandle database() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .findFirst().orElse(null);
    }

    static void saveByApi(Fixture f, long session, int version) throws Exception {
        StringBuilder body = new StringBuilder("{\"version\":" + version + ",\"topic\":\"Bench\",\"entries\":[");
        for (int i = 0; i < f.participants().size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"participantId\":").append(f.participants().get(i))
                    .append(",\"status\":\"").append(status(i, version)).append("\"}");
        }
        HttpResponse<String> r = send(f.providerAuth(), "PUT", "/api/sessions/" + session + "/attendance", body.append("]}").toString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static void readByApi(Fixture f, long session) throws Exception {
        HttpResponse<String> r = send(f.providerAuth(), "GET", "/api/sessions/" + session + "/attendance", null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    /** Plain JDBC: the same checks a careful hand-written save needs, one connection per client. */
    static Saver jdbcSaver(String[] args, Fixture f, int clients) throws Exception {
        Connection[] connections = new Connection[clients];
        for (int c = 0; c < clients; c++) {
            connections[c] = DriverManager.getConnection(args[2] + "?rewriteBatchedStatements=true", args[3], args[4]);
            connections[c].setAutoCommit(false);
            connections[c].setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        StringBuilder upsert = new StringBuilder("INSERT INTO attendance (session_id, participant_id, status) VALUES ");
        for (int i = 0; i < PARTICIPANTS; i++) {
            upsert.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        }
        upsert.append(" ON DUPLICATE KEY UPDATE status = VALUES(status)");
        return (client, session, version) -> {
            Connection c = connections[client];
            try (PreparedStatement lock = c.prepareStatement(
                    "UPDATE course_session SET attendance_version = attendance_version + 1, status = 'HELD', topic = 'Bench' "
                            + "WHERE id = ? AND attendance_version = ?");
                 PreparedStatement rows = c.prepareStatement(upsert.toString())) {
                lock.setLong(1, session);
                lock.setInt(2, version);
                if (lock.executeUpdate() != 1) {
                    c.rollback();
                    throw new IllegalStateException("stale version");
                }
                for (int i = 0; i < PARTICIPANTS; i++) {
                    rows.setLong(3 * i + 1, session);
                    rows.setLong(3 * i + 2, f.participants().get(i));
                    rows.setString(3 * i + 3, status(i, version));
                }
                rows.executeUpdate();
                c.commit();
            }
        };
    }

    static String status(int participant, int version) {
        return (participant + version) % 10 == 0 ? "ABSENT" : "PRESENT";
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String get(String auth, String path) throws Exception {
        return send(auth, "GET", path, null).body();
    }

    static String post(String auth, String path, String json) throws Exception {
        HttpResponse<String> r = send(auth, "POST", path, json);
        if (r.statusCode() != 201) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static HttpResponse<String> send(String auth, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30));
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static long idOf(String users, String username) {
        Matcher m = Pattern.compile("\\{[^{}]*\"username\"\\s*:\\s*\"" + username + "\"[^{}]*}").matcher(users);
        if (!m.find()) {
            throw new IllegalStateException("no user " + username);
        }
        return id(m.group());
    }
}
