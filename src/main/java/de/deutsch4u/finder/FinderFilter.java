package de.deutsch4u.finder;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.course.CourseLevel;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The filters of the public finder, read from query parameters (the API's and the page's are the same).
 * An empty parameter means "any"; a value that is not valid is a 400 naming the parameter.
 */
public record FinderFilter(
        Long courseId,
        Integer districtId,
        String town,
        CourseLevel level,
        DayOfWeek weekday,
        TimeOfDay timeOfDay,
        Boolean childcare,
        String language,
        String q) {

    public static final FinderFilter NONE = new FinderFilter(null, null, null, null, null, null, null, null, null);
    static final int TEXT_MAXLENGTH = 100;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** The filters in {@code parameters}; unknown parameters are ignored (e.g. {@code lang}). */
    public static FinderFilter parse(Map<String, String> parameters) {
        List<BusinessException.Violation> violations = new ArrayList<>();
        Reader read = new Reader(parameters, violations);
        FinderFilter filter = new FinderFilter(
                read.value("course", "violation.finder.id", text -> positive(Long.parseLong(text))),
                read.value(
                        "districtId", "violation.finder.id", text -> Math.toIntExact(positive(Long.parseLong(text)))),
                read.value("town", "violation.finder.text", FinderFilter::shortText),
                read.value(
                        "level", "violation.finder.level", text -> CourseLevel.valueOf(text.toUpperCase(Locale.ROOT))),
                read.value(
                        "weekday",
                        "violation.finder.weekday",
                        text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT))),
                read.value(
                        "timeOfDay",
                        "violation.finder.timeOfDay",
                        text -> TimeOfDay.valueOf(text.toUpperCase(Locale.ROOT))),
                read.value("childcare", "violation.finder.childcare", FinderFilter::flag),
                read.value("language", "violation.finder.language", FinderFilter::language),
                read.value("q", "violation.finder.text", FinderFilter::shortText));
        if (!violations.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finder.invalidFilter", violations);
        }
        return filter;
    }

    public boolean matches(PublicCourse course) {
        return (courseId == null || courseId == course.id())
                && (districtId == null || districtId == course.location().districtId())
                && (town == null || town.equalsIgnoreCase(course.location().city()))
                && (level == null || level == course.level())
                && (weekday == null || course.weekdays().contains(weekday))
                && (timeOfDay == null || timeOfDay == course.timeOfDay())
                && (childcare == null || childcare == course.childcare())
                && (language == null || course.supportLanguages().contains(language))
                && (q == null || mentions(course, q));
    }

    private static boolean mentions(PublicCourse course, String words) {
        String text = String.join(
                        " ",
                        course.title(),
                        course.provider(),
                        course.location().name(),
                        course.location().city(),
                        course.location().districtName())
                .toLowerCase(Locale.GERMAN);
        for (String word : words.toLowerCase(Locale.GERMAN).split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static <T extends Number> T positive(T number) {
        if (number.longValue() < 1 || number.longValue() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("not a positive id");
        }
        return number;
    }

    private static String shortText(String text) {
        if (text.length() > TEXT_MAXLENGTH) {
            throw new IllegalArgumentException("too long");
        }
        return text;
    }

    private static Boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a flag");
        };
    }

    private static String language(String text) {
        String code = text.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new IllegalArgumentException("not a language");
        }
        return code;
    }

    /** Reads one parameter at a time and collects what is wrong, so that all bad parameters are named at once. */
    private record Reader(Map<String, String> parameters, List<BusinessException.Violation> violations) {

        <T> T value(String name, String messageKey, Function<String, T> parser) {
            String text = parameters.get(name);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parser.apply(text.strip());
            } catch (IllegalArgumentException e) {
                violations.add(new BusinessException.Violation(name, messageKey, TEXT_MAXLENGTH));
                return null;
            }
        }
    }
}
