package de.deutsch4u.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates request bodies that no endpoint may accept: the top level of the wrong shape, or an object whose
 * every field (as the OpenAPI schema declares it) has a value of the wrong type or beyond any range. Seeded,
 * so a failure can be repeated with the seed it reports.
 */
public final class MalformedJson {

    private static final List<String> NOT_AN_OBJECT = List.of(
            "null",
            "true",
            "0",
            "-1.5",
            "\"text\"",
            "[]",
            "[{}]",
            "[null]",
            "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
            "\"\"",
            "1e308");
    private static final List<String> NOT_AN_INTEGER = List.of(
            "1.5",
            "10.7",
            "\"1\"",
            "9223372036854775808",
            "-9223372036854775809",
            "1e400",
            "true",
            "[1]",
            "{\"id\":1}",
            "\"\"",
            "1e308");
    private static final List<String> NOT_A_NUMBER =
            List.of("\"1.5\"", "true", "[1]", "{}", "1e308", "-1e308", "1e-400");
    private static final List<String> NOT_A_STRING = List.of("5", "1.5", "true", "[\"x\"]", "{\"x\":1}", "[]");
    private static final List<String> NOT_A_BOOLEAN = List.of("\"true\"", "1", "0", "[]", "{}", "\"yes\"");
    private static final List<String> NOT_AN_ARRAY =
            List.of("{\"0\":\"MONDAY\"}", "\"MONDAY\"", "5", "true", "[[]]", "[5]", "[{\"x\":[]}]");
    private static final List<String> NOT_A_DATE =
            List.of("\"2026-13-45\"", "\"31.12.2026\"", "\"2026-02-30\"", "20260101", "[2026,1,1]", "\"\"", "true");
    private static final List<String> NOT_A_TIME = List.of("\"25:00\"", "\"9 Uhr\"", "\"09:00:00:00\"", "900", "\"\"");
    private static final List<String> NOT_AN_ENUM_VALUE =
            List.of("\"NO_SUCH_VALUE\"", "\"a1\"", "5", "[\"A1\"]", "\"\"");

    private final Random random;
    private final Function<JsonObject, JsonObject> resolve;

    /** {@code resolve} follows a schema's $ref. */
    public MalformedJson(long seed, Function<JsonObject, JsonObject> resolve) {
        this.random = new Random(seed);
        this.resolve = resolve;
    }

    /** A body that must be refused, for an endpoint whose body has these schema properties. */
    public String body(Map<String, JsonValue> properties) {
        if (properties.isEmpty() || random.nextInt(4) == 0) {
            return pick(NOT_AN_OBJECT);
        }
        List<String> fields = new ArrayList<>();
        properties.forEach((name, schema) -> fields.add("\"" + name + "\":" + wrongValue(schema.asJsonObject(), 0)));
        return "{" + String.join(",", fields) + "}";
    }

    private String wrongValue(JsonObject declared, int depth) {
        JsonObject schema = resolve.apply(declared);
        if (schema.containsKey("enum")) {
            return pick(NOT_AN_ENUM_VALUE);
        }
        String type = schema.getString("type", "object");
        String format = schema.getString("format", "");
        return switch (type) {
            case "integer" -> pick(NOT_AN_INTEGER);
            case "number" -> pick(NOT_A_NUMBER);
            case "boolean" -> pick(NOT_A_BOOLEAN);
            case "array" ->
                depth < 2 && schema.containsKey("items") && random.nextBoolean()
                        ? "[" + wrongValue(schema.getJsonObject("items"), depth + 1) + "]"
                        : pick(NOT_AN_ARRAY);
            case "string" ->
                format.equals("date")
                        ? pick(NOT_A_DATE)
                        : format.equals("time") || format.equals("local-time") || format.equals("partial-time")
                                ? pick(NOT_A_TIME)
                                : pick(NOT_A_STRING);
            default ->
                depth < 2 && schema.containsKey("properties") && random.nextBoolean()
                        ? "{"
                                + String.join(
                                        ",",
                                        schema.getJsonObject("properties").entrySet().stream()
                                                .map(p -> "\"" + p.getKey() + "\":"
                                                        + wrongValue(
                                                                p.getValue().asJsonObject(), depth + 1))
                                                .toList())
                                + "}"
                        : pick(NOT_A_STRING.subList(0, 4));
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
