package de.deutsch4u.common;

import java.util.ArrayList;
import java.util.List;

/** Which rows of a list to return: {@code offset} (from 0) and {@code limit} (1 to 500, contract §7). */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final PageRequest FIRST = new PageRequest(0, MAX_LIMIT);

    /** From query parameters as given (null: the default); anything else than whole numbers in range is a 400. */
    public static PageRequest parse(String offset, String limit) {
        List<BusinessException.Violation> violations = new ArrayList<>();
        Integer from = parse(offset, 0, Integer.MAX_VALUE, 0);
        Integer size = parse(limit, 1, MAX_LIMIT, MAX_LIMIT);
        if (from == null) {
            violations.add(new BusinessException.Violation("offset", "violation.offset.range"));
        }
        if (size == null) {
            violations.add(new BusinessException.Violation("limit", "violation.limit.range", MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "validation.failed", violations);
        }
        return new PageRequest(from, size);
    }

    private static Integer parse(String text, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
