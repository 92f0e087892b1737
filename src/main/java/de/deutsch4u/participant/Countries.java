package de.deutsch4u.participant;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Countries as officially assigned ISO 3166-1 alpha-2 codes (from the JDK), plus {@code XX} for
 * stateless or unknown (contract §5), with their German names for the pages.
 */
public final class Countries {

    public static final String STATELESS_OR_UNKNOWN = "XX";
    /** EU, EEA and Switzerland: their citizens are not third-country nationals (AMIF). */
    private static final Set<String> EU_EEA_CH = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH");

    private static final Set<String> CODES = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    private static final Map<Locale, List<String>> SORTED = new ConcurrentHashMap<>();

    private Countries() {}

    /** The code in upper case if it is valid (lower case is accepted), else null. */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(upper) || STATELESS_OR_UNKNOWN.equals(upper) ? upper : null;
    }

    /** Whether a person of this nationality counts as a third-country national (unknown counts as yes). */
    public static boolean isThirdCountry(String nationality) {
        return nationality == null || !EU_EEA_CH.contains(nationality);
    }

    public static String name(String code, Locale locale) {
        return STATELESS_OR_UNKNOWN.equals(code) ? null : new Locale("", code).getDisplayCountry(locale);
    }

    /** The country's name for pages, or the code itself where there is none (XX, unknown codes); null for null. */
    public static String label(String code, Locale locale) {
        String name = code == null ? null : name(code, locale);
        return name == null || name.isEmpty() ? code : name;
    }

    /**
     * All codes sorted by their name in the given language (XX first), for select lists. Sorted once per language:
     * the sort looks up 249 country names about 4,000 times, and pages ask on every rendering.
     */
    public static List<String> sortedCodes(Locale locale) {
        return SORTED.computeIfAbsent(
                locale,
                language -> CODES.stream()
                        .sorted(Comparator.comparing(c -> name(c, language), java.text.Collator.getInstance(language)))
                        .toList());
    }
}
