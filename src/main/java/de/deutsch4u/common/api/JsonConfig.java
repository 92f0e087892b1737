package de.deutsch4u.common.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * JSON of the API: times are "HH:mm" in and out (contract §5), not JSON-B's default "HH:mm:ss"; scalar values
 * are read strictly (StrictScalars).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withAdapters(new TimeAdapter()).withDeserializers(StrictScalars.all()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The API's JSON of {@code value}, for answers written ahead (the public finder keeps them). */
    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /** "09:00"; a time in any other form is a malformed request. */
    public static final class TimeAdapter implements JsonbAdapter<LocalTime, String> {
        private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

        @Override
        public String adaptToJson(LocalTime time) {
            return time.format(HH_MM);
        }

        @Override
        public LocalTime adaptFromJson(String text) {
            return LocalTime.parse(text, HH_MM);
        }
    }
}
