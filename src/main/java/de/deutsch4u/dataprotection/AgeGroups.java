package de.deutsch4u.dataprotection;

/**
 * The age groups of the participant statistics (reports/participant-statistics.sql: age = year - birth year; under 18,
 * 18-25, 26-45, 46-64, 65 and older). An erased person keeps no birth year, only a stand-in that falls into the same
 * group as the real one in every year of a range, so that their statistics stay the same.
 */
final class AgeGroups {

    /** The first age of each group after "under 18". */
    private static final int[] GROUP_STARTS = {18, 26, 46, 65};

    private AgeGroups() {}

    /**
     * A birth year that gives the same age group as {@code birthYear} in every year from {@code fromYear} to
     * {@code toYear}: the middle of all birth years that do. Coarse on purpose: usually it is not the real one.
     */
    static int standIn(int birthYear, int fromYear, int toYear) {
        long lowest = Long.MIN_VALUE;
        long highest = Long.MAX_VALUE;
        for (int year = fromYear; year <= toYear; year++) {
            int age = year - birthYear;
            int group = group(age);
            // ages in the group: [minAge, maxAge]; birth years: [year - maxAge, year - minAge]
            if (group < GROUP_STARTS.length) {
                lowest = Math.max(lowest, year - (GROUP_STARTS[group] - 1L));
            }
            if (group > 0) {
                highest = Math.min(highest, year - (long) GROUP_STARTS[group - 1]);
            }
        }
        if (lowest == Long.MIN_VALUE && highest == Long.MAX_VALUE) {
            return birthYear;
        }
        if (lowest == Long.MIN_VALUE) {
            return (int) highest;
        }
        if (highest == Long.MAX_VALUE) {
            return (int) lowest;
        }
        return (int) ((lowest + highest) / 2);
    }

    /** 0 under 18, 1 for 18-25, 2 for 26-45, 3 for 46-64, 4 from 65. */
    static int group(int age) {
        int group = 0;
        while (group < GROUP_STARTS.length && age >= GROUP_STARTS[group]) {
            group++;
        }
        return group;
    }
}
