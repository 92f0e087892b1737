package de.deutsch4u.common.api;

import java.util.List;

/**
 * The JSON body of every API error (contract §5). {@code violations} is null (left out) unless
 * fields were invalid.
 */
public record ApiError(int status, String code, String message, List<FieldViolation> violations) {

    public record FieldViolation(String field, String message) {}

    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, null);
    }
}
