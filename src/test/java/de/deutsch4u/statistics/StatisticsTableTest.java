package de.deutsch4u.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.common.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTableTest {

    @Test
    void shouldGiveEachBreakdownItsOwnTableAndFoldLongOnes() {
        List<Cell> countries = new ArrayList<>();
        for (String country : List.of("SY", "AF", "UA", "ER", "TR", "IQ", "IR", "SO", "NG")) {
            countries.add(Cell.of(country, 1));
        }
        ParticipantStatistics statistics = new ParticipantStatistics(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null,
                null,
                false,
                Cell.of("ALL", 9),
                List.of(
                        new Breakdown("GENDER", Cell.of("ALL", 9), List.of(Cell.of("FEMALE", 5), Cell.of("MALE", 4))),
                        new Breakdown("COUNTRY", Cell.of("ALL", 9), countries)));

        List<StatisticsTable.Group> groups = StatisticsTable.groups(statistics, Messages.GERMAN);

        assertEquals(2, groups.size());
        StatisticsTable.Group gender = groups.get(0);
        assertEquals("Geschlecht", gender.heading());
        assertEquals(
                List.of("5", "4"),
                gender.lines().stream().map(StatisticsTable.Line::count).toList());
        assertEquals("9", gender.total());
        assertTrue(gender.open(), "a short breakdown starts open");
        assertFalse(groups.get(1).open(), "nine countries start folded");
    }
}
