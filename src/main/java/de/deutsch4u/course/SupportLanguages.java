package de.deutsch4u.course;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages besides German in which a course helps its participants (shown in the public finder): ISO
 * 639-1 codes in lower case, stored comma-separated in {@code course.support_languages} (at most 60 characters).
 */
public final class SupportLanguages {

    public static final int MAX_COUNT = 6;
    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    private SupportLanguages() {}

    /** Lower case, without blanks and repeats, in the given order. */
    public static List<String> normalized(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .map(code -> code.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    /** True when every code is an ISO 639-1 code and there are at most {@link #MAX_COUNT}. */
    public static boolean valid(List<String> codes) {
        List<String> normal = normalized(codes);
        return normal.size() <= MAX_COUNT
                && KNOWN.containsAll(normal)
                && (codes == null || codes.stream().allMatch(code -> code != null && !code.isBlank()));
    }

    static String column(List<String> codes) {
        List<String> normal = normalized(codes);
        return normal.isEmpty() ? null : String.join(",", normal);
    }

    static List<String> parse(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(",")).toList();
    }

    /** The language's name in the reader's language, e.g. "Arabisch" or "Arabic". */
    public static String name(String code, Locale reader) {
        return Locale.forLanguageTag(code).getDisplayLanguage(reader);
    }

    /** The languages the course form offers: those most spoken by people in Hessian German courses. */
    public static final List<String> OFFERED = List.of(
            "ar", "fa", "ps", "ku", "tr", "uk", "ru", "ti", "so", "en", "fr", "es", "ro", "bg", "pl", "sq", "ur");
}
