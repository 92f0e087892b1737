package de.deutsch4u.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line for the launcher's own records (LOG_FORMAT=json), with the keys of Payara's
 * JSONLogFormatter ({@code Timestamp}, {@code Level}, {@code LoggerName}, {@code ThreadName},
 * {@code LogMessage}, {@code Throwable}), so that a log shipper reads launcher and server alike.
 */
final class JsonLineFormatter extends Formatter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Override
    public String format(LogRecord record) {
        StringBuilder json = new StringBuilder(160).append('{');
        field(json, "Timestamp", TIMESTAMP.format(OffsetDateTime.ofInstant(record.getInstant(), ZoneOffset.UTC)));
        field(json.append(','), "Level", record.getLevel().getName());
        field(json.append(','), "LoggerName", String.valueOf(record.getLoggerName()));
        field(json.append(','), "ThreadName", Thread.currentThread().getName());
        field(json.append(','), "LogMessage", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            field(json.append(','), "Throwable", trace.toString());
        }
        return json.append('}').append(System.lineSeparator()).toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
