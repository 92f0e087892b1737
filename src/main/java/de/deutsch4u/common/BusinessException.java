package de.deutsch4u.common;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A broken rule, reported to people in their language. {@code code} is stable for programs
 * (contract §5) and names the bundle key {@code error.<code>}; {@code args} fill its placeholders.
 * The pages show it as a message, the API as the JSON error with the matching HTTP status.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** The kind of failure; each maps to one HTTP status. */
    public enum Kind {
        INVALID(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        /** A request body beyond its limit, refused before it is read. */
        TOO_LARGE(413),
        /** Too many requests of one kind at once; the API adds {@code Retry-After}. */
        BUSY(429);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    /** An invalid field: its name as in the request, and the bundle key of the message. */
    public record Violation(String field, String messageKey, Object... args) implements Serializable {}

    private final Kind kind;
    private final String code;
    private final transient Object[] args;
    private final transient List<Violation> violations;

    public BusinessException(Kind kind, String code, List<Violation> violations, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public static BusinessException notFound(String code, Object... args) {
        return new BusinessException(Kind.NOT_FOUND, code, List.of(), args);
    }

    public static BusinessException conflict(String code, Object... args) {
        return new BusinessException(Kind.CONFLICT, code, List.of(), args);
    }

    public static BusinessException forbidden(String code, Object... args) {
        return new BusinessException(Kind.FORBIDDEN, code, List.of(), args);
    }

    /** One invalid field; the code is {@code validation.failed}, the field's message says what is wrong. */
    public static BusinessException invalidField(String field, String messageKey, Object... args) {
        return new BusinessException(
                Kind.INVALID, "validation.failed", List.of(new Violation(field, messageKey, args)));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Violation> violations() {
        return violations;
    }
}
