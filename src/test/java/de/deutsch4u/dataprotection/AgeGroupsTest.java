package de.deutsch4u.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AgeGroupsTest {

    @Test
    void shouldKeepTheAgeGroupOfEveryYearInTheRangeForEveryBirthYear() {
        for (int birthYear = 1920; birthYear <= 2025; birthYear++) {
            for (int from = 2015; from <= 2027; from++) {
                for (int to = from; to <= from + 6; to++) {
                    int standIn = AgeGroups.standIn(birthYear, from, to);
                    for (int year = from; year <= to; year++) {
                        assertEquals(
                                AgeGroups.group(year - birthYear),
                                AgeGroups.group(year - standIn),
                                "born " + birthYear + ", stand-in " + standIn + ", year " + year);
                    }
                }
            }
        }
    }

    @Test
    void shouldUsuallyNotBeTheRealBirthYear() {
        assertEquals(1990, AgeGroups.standIn(1985, 2025, 2026), "the middle of 1981..1999");
        assertNotEquals(1985, AgeGroups.standIn(1985, 2025, 2026));
        assertEquals(3, AgeGroups.group(50));
        assertEquals(0, AgeGroups.group(17));
        assertEquals(1, AgeGroups.group(18));
        assertEquals(4, AgeGroups.group(65));
    }
}
