package de.deutsch4u.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the JSON body of POST /api/courses; defaults make a valid Monday/Wednesday morning course. */
public final class CourseJson {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private CourseJson(long providerId, long locationId, long teacherId) {
        raw("providerId", String.valueOf(providerId));
        raw("locationId", String.valueOf(locationId));
        raw("teacherId", String.valueOf(teacherId));
        text("title", Api.unique("Deutsch im Alltag "));
        text("level", "A1");
        text("startDate", "2026-03-02");
        text("endDate", "2026-03-31");
        raw("weekdays", "[\"MONDAY\", \"WEDNESDAY\"]");
        text("startTime", "09:00");
        text("endTime", "12:00");
        raw("unitsPerSession", "4");
        raw("capacity", "15");
    }

    public static CourseJson course(long providerId, long locationId, long teacherId) {
        return new CourseJson(providerId, locationId, teacherId);
    }

    public CourseJson text(String name, String value) {
        fields.put(name, "\"" + value + "\"");
        return this;
    }

    public CourseJson raw(String name, String json) {
        fields.put(name, json);
        return this;
    }

    /** A session every day of the week (holidays aside) from {@code from} to {@code to}. */
    public CourseJson everyDay(java.time.LocalDate from, java.time.LocalDate to) {
        return text("startDate", from.toString())
                .text("endDate", to.toString())
                .raw(
                        "weekdays",
                        "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]");
    }

    public CourseJson without(String name) {
        fields.remove(name);
        return this;
    }

    public String json() {
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
