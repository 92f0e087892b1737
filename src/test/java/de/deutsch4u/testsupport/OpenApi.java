package de.deutsch4u.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's endpoints as GET /openapi lists them, so that tests over "every endpoint" cover new ones
 * without being told.
 */
public final class OpenApi {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private OpenApi() {}

    /** One operation: method, path template and the schema of its JSON body (null if it takes none). */
    public record Endpoint(String method, String path, JsonObject bodySchema, JsonObject document) {

        public boolean takesJson() {
            return bodySchema != null;
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        /** The path with each {parameter} replaced by what {@code values} gives for the parameter's name. */
        public String pathWith(Function<String, String> values) {
            Matcher matcher = PARAMETER.matcher(path);
            StringBuilder result = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(result, Matcher.quoteReplacement(values.apply(matcher.group(1))));
            }
            return matcher.appendTail(result).toString();
        }

        /** The name of the path segment before the first parameter: "courses" for /api/courses/{id}/sessions. */
        public String resource() {
            String[] segments = path.split("/");
            return segments.length > 2 ? segments[2] : "";
        }

        /** The body schema's properties, following a $ref into components/schemas. */
        public Map<String, JsonValue> bodyProperties() {
            JsonObject schema = resolve(bodySchema);
            return schema == null || !schema.containsKey("properties") ? Map.of() : schema.getJsonObject("properties");
        }

        public JsonObject resolve(JsonObject schema) {
            if (schema != null && schema.containsKey("$ref")) {
                String name = schema.getString("$ref").substring("#/components/schemas/".length());
                return document.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject(name);
            }
            return schema;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<Endpoint> endpoints() {
        Api.Response response = Api.anonymous().get("/openapi", "application/json");
        assertEquals(200, response.status(), response.body());
        JsonObject document = response.json();
        List<Endpoint> endpoints = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (operation.getValueType() != JsonValue.ValueType.OBJECT || method.equals("parameters")) {
                        return;
                    }
                    JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
                    JsonObject schema = null;
                    if (body != null && body.getJsonObject("content").containsKey("application/json")) {
                        JsonObject media = body.getJsonObject("content").getJsonObject("application/json");
                        schema = media.containsKey("schema")
                                ? media.getJsonObject("schema")
                                : JsonValue.EMPTY_JSON_OBJECT;
                    }
                    endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), path, schema, document));
                }));
        return endpoints;
    }
}
