package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.Sql;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report queries as Jdbi reads them (Sql.file): comments gone, the grouping's placeholders, the named parameters. */
class ReportFilesTest {

    @Test
    void shouldDropCommentsAndKeepTheGroupingPlaceholders() {
        String sessions = Sql.file("reports/usage-sessions.sql");
        assertFalse(sessions.contains("--"), "comments are dropped");
        assertTrue(sessions.contains("SELECT <key>"), sessions);
        assertTrue(sessions.contains("MIN(<name>)"), sessions);
        assertTrue(Sql.file("reports/usage-participants.sql").contains("GROUP BY <key> WITH ROLLUP"));
    }

    @Test
    void shouldBindOnlyTheScopeParametersThatUsageQueryProvides() {
        Set<String> provided = new UsageQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null)
                .sqlParameters(7L, 9L)
                .keySet();
        for (String file : List.of("usage-participants.sql", "usage-sessions.sql", "funding-courses.sql")) {
            assertEquals(new TreeSet<>(provided), parameters(Sql.file("reports/" + file)), file);
        }
    }

    @Test
    void shouldOfferEveryGroupingOfTheContract() {
        assertEquals(
                List.of("course", "location", "provider", "district", "region"),
                Arrays.stream(GroupBy.values()).map(GroupBy::param).toList());
    }

    private static Set<String> parameters(String sql) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?<![:\\w]):(\\w+)").matcher(sql);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
