package de.deutsch4u.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report query kept as an SQL file under src/main/resources/reports/. {@code ${...}} placeholders are
 * replaced by fixed SQL fragments from the code (never request values); {@code :name} parameters become
 * JDBC {@code ?} and are bound by name. Comment lines ({@code --}) are dropped first.
 */
final class ReportSql {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private final String sql;
    private final List<String> parameters;

    private ReportSql(String sql, List<String> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    static ReportSql load(String resource, Map<String, String> fragments) {
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
