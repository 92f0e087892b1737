package de.deutsch4u.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report query kept as an SQL file under src/main/resources/reports/. {@code ${...}} placeholders are
 * replaced by fixed SQL fragments from the code (never request values); {@code :name} parameters become
 * JDBC {@code ?} and are bound by name. Comment lines ({@code --}) are dropped first.
 * Public for the participant statistics and funding statements (package statistics).
 */
public final class ReportSql {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private final String sql;
    private final List<String> parameters;

    private ReportSql(String sql, List<String> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    public static ReportSql load(String resource, Map<String, String> fragments) {
        String text = read(resource).lines().filter(line -> !line.strip().startsWith("--"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        for (Map.Entry<String, String> fragment : fragments.entrySet()) {
            text = text.replace("${" + fragment.getKey() + "}", fragment.getValue());
        }
        if (text.contains("${")) {
            throw new IllegalArgumentException("Unreplaced placeholder in " + resource);
        }
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(text);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return new ReportSql(jdbc.toString(), names);
    }

    String sql() {
        return sql;
    }

    /** The values in the order of the {@code ?}s; every parameter must have a value (which may be null). */
    List<Object> bind(Map<String, Object> values) {
        List<Object> bound = new ArrayList<>();
        for (String name : parameters) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            bound.add(values.get(name));
        }
        return bound;
    }

    /** Reads each result row with the reader. */
    public void run(Connection connection, Map<String, Object> values, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<Object> bound = bind(values);
            for (int i = 0; i < bound.size(); i++) {
                statement.setObject(i + 1, bound.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * The period, funding line and scope that every report query filters by: a provider (null: any) and the
     * districts of a DISTRICT account (its id; null: any).
     */
    static Map<String, Object> scope(UsageQuery query, Long providerId, Long districtUserId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Date.valueOf(query.from()));
        parameters.put("to", Date.valueOf(query.to()));
        parameters.put("fundingLine", query.fundingLine() == null ? null : query.fundingLine().name());
        parameters.put("providerId", providerId);
        parameters.put("districtUserId", districtUserId);
        return parameters;
    }

    private static String read(String resource) {
        try (InputStream in = ReportSql.class.getResourceAsStream("/reports/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No report query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
