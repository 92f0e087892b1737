package de.deutsch4u.common.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Strict reading of scalar values (contract §8). Yasson on its own converts: {@code ["x"]} becomes the text
 * {@code "[\"x\"]"}, {@code 10.7} the id 10, {@code "7"} the number 7. These deserializers take a value only
 * when its JSON type is the Java type; anything else is a JsonbException, answered as 400 request.malformed.
 * Registered for the boxed types; a primitive field needs {@code @JsonbTypeDeserializer} (Yasson does not box).
 */
public final class StrictScalars {

    private StrictScalars() {}

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new Text(), new Int(), new Long64(), new Decimal(), new Flag()};
    }

    private static JsonValue value(JsonParser parser) {
        return parser.getValue();
    }

    private static boolean isNull(JsonValue value, Type type) {
        if (value != JsonValue.NULL) {
            return false;
        }
        if (type instanceof Class<?> c && c.isPrimitive()) {
            throw new JsonbException("null for a value that is required");
        }
        return true;
    }

    private static JsonbException wrongType(String expected, JsonValue value) {
        return new JsonbException("Expected " + expected + " but found " + value.getValueType());
    }

    private static JsonNumber integral(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw wrongType("an integer", value);
    }

    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            if (isNull(value, type)) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw wrongType("a string", value);
        }
    }

    public static final class Int implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            if (isNull(value, type)) {
                return null;
            }
            try {
                return integral(value).bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("Integer out of range", e);
            }
        }
    }

    public static final class Long64 implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            if (isNull(value, type)) {
                return null;
            }
            try {
                return integral(value).bigIntegerValueExact().longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("Integer out of range", e);
            }
        }
    }

    public static final class Decimal implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            if (isNull(value, type)) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            throw wrongType("a number", value);
        }
    }

    public static final class Flag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            if (isNull(value, type)) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw wrongType("true or false", value);
        }
    }
}
