package de.deutsch4u.statistics;

import de.deutsch4u.common.Messages;
import de.deutsch4u.participant.Countries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The participant statistics as one table for pages and files: per breakdown its categories and a total
 * line; headings and labels from the bundle; a hidden count as "&lt;3".
 */
public final class StatisticsTable {

    /** One line: the breakdown's heading, the category key and label, and the count as shown. */
    public record Line(String dimension, String key, String label, String count, boolean total)
            implements Serializable {}

    /**
     * One breakdown as its own small table for the page: heading, categories and total. Long ones (countries)
     * start folded so that the page stays short.
     */
    public record Group(String name, String heading, List<Line> lines, String total, boolean open)
            implements Serializable {
        static final int OPEN_UP_TO = 8;

        public Group {
            lines = List.copyOf(lines);
        }
    }

    private StatisticsTable() {}

    /** The breakdowns one by one, each with its categories (without the total line, which is {@code total}). */
    public static List<Group> groups(ParticipantStatistics statistics, Locale locale) {
        List<Group> groups = new ArrayList<>();
        for (Breakdown breakdown : statistics.breakdowns()) {
            String dimension = dimension(breakdown.name(), locale);
            List<Line> lines = breakdown.cells().stream()
                    .map(cell -> new Line(
                            dimension, cell.key(), label(breakdown.name(), cell.key(), locale), cell.display(), false))
                    .toList();
            groups.add(new Group(
                    breakdown.name(), dimension, lines, breakdown.total().display(), lines.size() <= Group.OPEN_UP_TO));
        }
        return groups;
    }

    public static List<String> headings(Locale locale) {
        return List.of(
                text(locale, "statistics.column.dimension"),
                text(locale, "statistics.column.key"),
                text(locale, "statistics.column.category"),
                text(locale, "statistics.column.count"));
    }

    public static List<Line> lines(ParticipantStatistics statistics, Locale locale) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                text(locale, "statistics.participants"),
                "ALL",
                text(locale, "statistics.total"),
                statistics.participants().display(),
                true));
        for (Breakdown breakdown : statistics.breakdowns()) {
            String dimension = dimension(breakdown.name(), locale);
            for (Cell cell : breakdown.cells()) {
                lines.add(new Line(
                        dimension, cell.key(), label(breakdown.name(), cell.key(), locale), cell.display(), false));
            }
            lines.add(new Line(
                    dimension,
                    "ALL",
                    text(locale, "statistics.total"),
                    breakdown.total().display(),
                    true));
        }
        return lines;
    }

    public static String dimension(String name, Locale locale) {
        return text(locale, "statistics.dimension." + name);
    }

    /** The category's name in the language: enum labels of the application, country names of the JDK. */
    public static String label(String dimension, String key, Locale locale) {
        return switch (dimension) {
            case "GENDER" -> text(locale, "Gender." + key);
            case "RESIDENCE_STATUS" -> text(locale, "ResidenceStatus." + key);
            case "WITHDRAWAL_REASON" -> text(locale, "WithdrawalReason." + key);
            case "LANGUAGE_LEVEL" ->
                ParticipantStatisticsService.NONE.equals(key)
                        ? text(locale, "statistics.category.NONE")
                        : text(locale, "CourseLevel." + key);
            case "COUNTRY" ->
                ParticipantStatisticsService.OTHERS.equals(key) || Countries.STATELESS_OR_UNKNOWN.equals(key)
                        ? text(locale, "statistics.category." + key)
                        : Countries.name(key, Messages.supported(locale));
            default -> text(locale, "statistics.category." + key);
        };
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
