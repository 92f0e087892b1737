import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usage report (issue 7) on "Hessen x10", run by bench/reports.sh: (a) the year by district, (b) the year
 * by course, (c) one provider's month by course as that PROVIDER, (d) a period that cuts many courses (15 March -
 * 10 September) by district (issue 15), each through the API and as hand-written
 * SQL on the same database over JDBC, in one run, interleaved. Three SQL forms: "raw" counts the
 * attendance rows; "summary" takes present/recorded from the session summary columns and counts distinct
 * participants over the attendance rows; "presence" also takes distinct participants from course_presence
 * (V040), as the application does. Every form's figures (rows and totals) must equal the API's.
 * Arguments: baseUrl adminPassword jdbcUrl dbUser dbPassword [repetitions]
 */
public class ReportsBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String FIELDS = "courses sessionsHeld sessionsCancelled unitsHeld participants participantUnits attendanceRate utilisation";

    record Case(String label, String groupBy, String keySql, LocalDate from, LocalDate to, Long providerId, String user) {
    }

    record Timing(double median, double min) {
        String text() {
            return median < 0.1 ? String.format("%.1f ms (min %.1f)", median * 1000, min * 1000)
                    : String.format("%.3f s (min %.3f)", median, min);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = basic("admin", args[1]);
        int reps = args.length > 5 ? Integer.parseInt(args[5]) : 7;
        try (Connection db = DriverManager.getConnection(args[2], args[3], args[4])) {
            int year = scalar(db, "SELECT YEAR(MIN(session_date)) FROM course_session").intValue();
            long providerId = scalar(db, "SELECT id FROM provider WHERE name = 'Bench-Träger 1'").longValue();
            String provider = providerUser(base, admin, providerId);
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            List<Case> cases = List.of(
                    new Case("(a) year by district", "district", "l.district_id", jan1, jan1.plusYears(1).minusDays(1), null, admin),
                    new Case("(b) year by course", "course", "c.id", jan1, jan1.plusYears(1).minusDays(1), null, admin),
                    new Case("(c) provider's month by course", "course", "c.id", LocalDate.of(year, 3, 1),
                            LocalDate.of(year, 3, 31), providerId, provider),
                    new Case("(d) 15 March - 10 September by district", "district", "l.district_id", LocalDate.of(year, 3, 15),
                            LocalDate.of(year, 9, 10), null, admin));
            String[] forms = {"raw", "summary", "presence"};
            List<String> table = new ArrayList<>();
            table.add("| " + reps + " runs each, median (min) | (a) year by district | (b) year by course | (c) provider's month | (d) 15.03.-10.09. by district |");
            table.add("| --- | --- | --- | --- | --- |");
            Timing[][] times = new Timing[1 + forms.length][cases.size()];
            for (int c = 0; c < cases.size(); c++) {
                Case k = cases.get(c);
                String path = "/api/reports/usage?from=" + k.from + "&to=" + k.to + "&groupBy=" + k.groupBy;
                TreeMap<String, String> api = apiFigures(get(base + path, k.user));
                for (int f = 0; f < forms.length; f++) {
                    TreeMap<String, String> sql = sqlFigures(db, sql(forms[f], k));
                    if (!api.equals(sql)) {
                        System.err.println("FAILED: " + k.label + ": the API and the " + forms[f] + " SQL differ");
                        for (String key : sql.keySet()) {
                            if (!sql.get(key).equals(api.get(key))) {
                                System.err.println("  " + key + "  api " + api.get(key) + "  sql " + sql.get(key));
                            }
                        }
                        api.keySet().stream().filter(key -> !sql.containsKey(key)).forEach(key -> System.err.println("  only api " + key));
                        System.exit(1);
                    }
                }
                System.out.printf("%s: %d rows and the totals identical through the API and the three SQL forms"
                        + " (totals: %s)%n", k.label, api.size() - 1, api.get("total"));
                // Interleaved, so that the noise of the shared machine hits every form alike.
                List<List<Double>> samples = new ArrayList<>();
                for (int i = 0; i <= forms.length; i++) {
                    samples.add(new ArrayList<>());
                }
                for (int r = -1; r < reps; r++) {
                    double t = time(() -> get(base + path, k.user));
                    if (r >= 0) {
                        samples.get(0).add(t);
                    }
                    for (int f = 0; f < forms.length; f++) {
                        String text = sql(forms[f], k);
                        t = time(() -> sqlFigures(db, text));
                        if (r >= 0) {
                            samples.get(1 + f).add(t);
                        }
                    }
                }
                for (int i = 0; i <= forms.length; i++) {
                    List<Double> s = samples.get(i);
                    Collections.sort(s);
                    times[i][c] = new Timing(s.get(s.size() / 2), s.get(0));
                }
            }
            String[] labels = {"API `GET /api/reports/usage` (JSON)", "SQL raw: attendance rows",
                "SQL summary columns + distinct over attendance rows", "SQL summary columns + course_presence"};
            for (int i = 0; i < labels.length; i++) {
                StringBuilder line = new StringBuilder("| " + labels[i] + " |");
                for (Timing t : times[i]) {
                    line.append(' ').append(t.text()).append(" |");
                }
                table.add(line.toString());
            }
            for (int f = 0; f < forms.length; f++) {
                StringBuilder line = new StringBuilder("| ratio API / " + labels[1 + f].substring(4) + " (medians) |");
                for (int c = 0; c < cases.size(); c++) {
                    line.append(String.format(" %.2f |", times[0][c].median / times[1 + f][c].median));
                }
                table.add(line.toString());
            }
            // What any API call costs, whatever it reads: HTTP, Basic auth (PBKDF2, 210,000 iterations, on every
            // call without a session), JAX-RS and JSON. GET /api/districts reads 33 rows.
            List<Double> plain = new ArrayList<>();
            for (int r = -1; r < reps; r++) {
                double t = time(() -> get(base + "/api/districts", provider));
                if (r >= 0) {
                    plain.add(t);
                }
            }
            Collections.sort(plain);
            table.add("| for comparison: API `GET /api/districts` (33 rows), as the PROVIDER | | | "
                    + new Timing(plain.get(plain.size() / 2), plain.get(0)).text() + " | |");
            System.out.println();
            table.forEach(System.out::println);
            System.out.println();
            System.out.printf("goal (issue 7): year by district through the API < 0.7 s: %s (median %.3f s); "
                            + "a provider's month < 50 ms: %s (median %.1f ms)%n",
                    times[0][0].median < 0.7 ? "met" : "MISSED", times[0][0].median,
                    times[0][2].median < 0.05 ? "met" : "MISSED", times[0][2].median * 1000);
            System.out.printf("goal (issue 15): 15 March - 10 September by district through the API < 0.7 s: %s (median %.3f s)%n",
                    times[0][3].median < 0.7 ? "met" : "MISSED", times[0][3].median);
        }
    }

    /** The hand-written SQL for a case: one statement, rows and totals (WITH ROLLUP), the figures as in the API. */
    static String sql(String form, Case k) {
        String sessions = form.equals("raw") ? SESSIONS_RAW : SESSIONS_SUMMARY;
        String participants = switch (form) {
            case "raw" -> ATTENDANCE_RAW;
            case "summary" -> PARTICIPANTS_ROWS;
            default -> PARTICIPANTS_PRESENCE;
        };
        String from = "'" + k.from + "'";
        String to = "'" + k.to + "'";
        return FIGURES.replace("{sessions}", sessions).replace("{participants}", participants)
                .replace("{present}", form.equals("raw") ? "p.present" : "s.present")
                .replace("{recorded}", form.equals("raw") ? "p.recorded" : "s.recorded")
                .replace("{pu}", form.equals("raw") ? "p.pu" : "s.pu")
                .replace("{key}", k.keySql).replace("{from}", from).replace("{to}", to)
                .replace("{provider}", k.providerId == null ? "" : "AND c.provider_id = " + k.providerId);
    }

    static final String FIGURES = """
            SELECT s.k, s.courses, s.held, s.cancelled, s.units, COALESCE(p.participants, 0),
                   COALESCE({pu}, 0),
                   ROUND(CAST({present} AS DECIMAL(30, 10)) / NULLIF(COALESCE({recorded}, 0), 0), 4),
                   ROUND(CAST(COALESCE({pu}, 0) AS DECIMAL(30, 10)) / NULLIF(s.capacity_units, 0), 4)
            FROM ({sessions}) s
            LEFT JOIN ({participants}) p ON p.k <=> s.k""";

    /** Per course, then per group: sessions and units from status and units only. */
    static final String SESSIONS_RAW = """
            SELECT {key} AS k, COUNT(*) AS courses, SUM(pc.held) AS held, SUM(pc.cancelled) AS cancelled,
                   SUM(pc.units) AS units, SUM(pc.units * c.capacity) AS capacity_units
            FROM (SELECT s.course_id, SUM(s.status = 'HELD') AS held, SUM(s.status = 'CANCELLED') AS cancelled,
                         SUM(IF(s.status = 'HELD', s.units, 0)) AS units
                  FROM course c JOIN course_session s ON s.course_id = c.id
                  WHERE s.session_date BETWEEN {from} AND {to} {provider}
                  GROUP BY s.course_id) pc
            JOIN course c ON c.id = pc.course_id JOIN location l ON l.id = c.location_id
            GROUP BY {key} WITH ROLLUP""";

    /** The same with present_count and recorded_count, the summary the attendance service keeps per session. */
    static final String SESSIONS_SUMMARY = """
            SELECT {key} AS k, COUNT(*) AS courses, SUM(pc.held) AS held, SUM(pc.cancelled) AS cancelled,
                   SUM(pc.units) AS units, SUM(pc.units * c.capacity) AS capacity_units, SUM(pc.pu) AS pu,
                   SUM(pc.present) AS present, SUM(pc.recorded) AS recorded
            FROM (SELECT s.course_id, SUM(s.status = 'HELD') AS held, SUM(s.status = 'CANCELLED') AS cancelled,
                         SUM(IF(s.status = 'HELD', s.units, 0)) AS units,
                         SUM(IF(s.status = 'HELD', s.units * s.present_count, 0)) AS pu,
                         SUM(IF(s.status = 'HELD', s.present_count, 0)) AS present,
                         SUM(IF(s.status = 'HELD', s.recorded_count, 0)) AS recorded
                  FROM course c JOIN course_session s ON s.course_id = c.id
                  WHERE s.session_date BETWEEN {from} AND {to} {provider}
                  GROUP BY s.course_id) pc
            JOIN course c ON c.id = pc.course_id JOIN location l ON l.id = c.location_id
            GROUP BY {key} WITH ROLLUP""";

    /**
     * Everything about attendance from its rows: first per course and person (a small temporary table),
     * then per group, so that COUNT(DISTINCT) sorts tens of thousands of pairs, not millions of rows.
     */
    static final String ATTENDANCE_RAW = """
            SELECT {key} AS k, COUNT(DISTINCT IF(x.present > 0, x.participant_id, NULL)) AS participants,
                   SUM(x.pu) AS pu, SUM(x.present) AS present, SUM(x.recorded) AS recorded
            FROM (SELECT s.course_id, a.participant_id, SUM(a.status = 'PRESENT') AS present, COUNT(*) AS recorded,
                         SUM(IF(a.status = 'PRESENT', s.units, 0)) AS pu
                  FROM course c JOIN course_session s ON s.course_id = c.id JOIN attendance a ON a.session_id = s.id
                  WHERE s.session_date BETWEEN {from} AND {to} AND s.status = 'HELD' {provider}
                  GROUP BY s.course_id, a.participant_id) x
            JOIN course c ON c.id = x.course_id JOIN location l ON l.id = c.location_id
            GROUP BY {key} WITH ROLLUP""";

    static final String PARTICIPANTS_ROWS = """
            SELECT {key} AS k, COUNT(DISTINCT x.participant_id) AS participants
            FROM (SELECT DISTINCT s.course_id, a.participant_id
                  FROM course c JOIN course_session s ON s.course_id = c.id JOIN attendance a ON a.session_id = s.id
                  WHERE s.session_date BETWEEN {from} AND {to} AND s.status = 'HELD' AND a.status = 'PRESENT' {provider}) x
            JOIN course c ON c.id = x.course_id JOIN location l ON l.id = c.location_id
            GROUP BY {key} WITH ROLLUP""";

    /** First and last day present per course and person; only pairs across an edge of the period read rows. */
    static final String PARTICIPANTS_PRESENCE = """
            SELECT {key} AS k, COUNT(DISTINCT cp.participant_id) AS participants
            FROM course_presence cp JOIN course c ON c.id = cp.course_id JOIN location l ON l.id = c.location_id
            WHERE cp.last_present >= {from} AND cp.first_present <= {to} {provider}
              AND ((cp.first_present >= {from} AND cp.last_present <= {to})
                   OR EXISTS (SELECT 1 FROM course_session s
                              JOIN attendance a ON a.session_id = s.id AND a.participant_id = cp.participant_id
                              WHERE s.course_id = cp.course_id AND s.session_date BETWEEN {from} AND {to}
                                AND s.status = 'HELD' AND a.status = 'PRESENT'))
            GROUP BY {key} WITH ROLLUP""";

    /** key (or "total") -> the eight figures, rates without trailing zeros. */
    static TreeMap<String, String> sqlFigures(Connection db, String sql) throws Exception {
        TreeMap<String, String> figures = new TreeMap<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                Object key = rs.getObject(1);
                List<String> values = new ArrayList<>();
                for (int i = 2; i <= 9; i++) {
                    values.add(number(rs.getString(i)));
                }
                figures.put(key == null ? "total" : key.toString(), String.join(" ", values));
            }
        }
        return figures;
    }

    static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

    static TreeMap<String, String> apiFigures(String json) {
        TreeMap<String, String> figures = new TreeMap<>();
        int rows = json.indexOf("\"rows\"");
        Matcher m = OBJECT.matcher(json);
        m.region(rows, json.indexOf(']', rows)); // rows hold no arrays, and no name here contains ']'
        while (m.find()) {
            String row = m.group();
            figures.put(field(row, "key").replace("\"", ""), figuresOf(row));
        }
        int totals = json.indexOf("\"totals\"");
        m = OBJECT.matcher(json);
        m.region(totals, json.length());
        if (!m.find()) {
            throw new IllegalStateException("no totals in " + json);
        }
        figures.put("total", figuresOf(m.group()));
        return figures;
    }

    static String figuresOf(String object) {
        List<String> values = new ArrayList<>();
        for (String name : FIELDS.split(" ")) {
            values.add(number(field(object, name)));
        }
        return String.join(" ", values);
    }

    static String field(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"[^\"]*\"|[-0-9.eE]+|null)").matcher(object);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + object);
        }
        return m.group(1);
    }

    static String number(String value) {
        return value == null || value.equals("null") ? "null" : new BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    static String providerUser(String base, String admin, long providerId) throws Exception {
        String password = "bench-provider-password";
        String body = "{\"username\":\"bench-provider-1\",\"password\":\"" + password + "\",\"displayName\":\"Bench-Träger 1\","
                + "\"role\":\"PROVIDER\",\"providerId\":" + providerId + "}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/users"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating the PROVIDER user: " + created.statusCode() + " " + created.body());
        }
        return basic("bench-provider-1", password);
    }

    static String get(String url, String authorization) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static double time(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1e9;
    }

    static Number scalar(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return (Number) rs.getObject(1);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
