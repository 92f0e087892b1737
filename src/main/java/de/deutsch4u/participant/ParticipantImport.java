package de.deutsch4u.participant;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.BusinessException.Violation;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk registration from a CSV file (UTF-8, ";" or ",") or an XLSX file (first sheet), with the
 * template's German headings or the API's field names. {@link #preview} checks every row and saves nothing; {@link #importAll} saves all rows
 * in one transaction, or none when a single row is wrong.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PROVIDER})
public class ParticipantImport {

    public static final int MAX_ROWS = 20_000;
    /** Template headings (German) and the field each stands for; the field names themselves work too. */
    public static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("Vorname", "firstName"),
            Map.entry("Nachname", "lastName"),
            Map.entry("Geburtsjahr", "birthYear"),
            Map.entry("Geschlecht", "gender"),
            Map.entry("Herkunftsland", "countryOfOrigin"),
            Map.entry("Staatsangehörigkeit", "nationality"),
            Map.entry("Erstsprachen", "firstLanguages"),
            Map.entry("Aufenthaltsstatus", "residenceStatus"),
            Map.entry("Sprachniveau", "languageLevel"),
            Map.entry("Telefon", "phone"),
            Map.entry("Einwilligung", "consentGiven"));

    private static final List<String> REQUIRED =
            List.of("firstName", "lastName", "birthYear", "gender", "countryOfOrigin", "consentGiven");

    @Inject
    private ParticipantService participants;

    /** One checked row: its line in the file, the name as written, and what is wrong with it. */
    public record Row(int line, String name, ParticipantData data, List<Violation> violations) implements Serializable {
        public boolean isValid() {
            return violations.isEmpty();
        }
    }

    /**
     * Checks every row of a CSV or XLSX file (recognised by its content) and saves nothing. The file is
     * read as a stream; the first row beyond {@link #MAX_ROWS} ends the reading with a 400.
     */
    public List<Row> preview(Path file) {
        RowChecker checker = new RowChecker();
        ImportTables.read(file, checker);
        if (checker.columns == null) {
            columns(List.of()); // not even a heading row: the first required column is missing
        }
        if (checker.rows.isEmpty()) {
            throw BusinessException.invalidField("file", "violation.import.empty");
        }
        return checker.rows;
    }

    /** Checks each row as it is read, so only checked rows are kept, not the file's text. */
    private static final class RowChecker implements ImportTables.RowSink {
        private Map<String, String> columns;
        private final List<Row> rows = new ArrayList<>();

        @Override
        public void headings(List<String> headings) {
            columns = columns(headings);
        }

        @Override
        public void row(int line, Map<String, String> values) {
            rows.add(ParticipantImport.row(line, values, columns));
        }
    }

    /** Registers every row for the provider (null: the caller's own), or nothing if any row is wrong. */
    public int importAll(Long providerId, Path file) {
        List<Row> rows = preview(file);
        List<Violation> problems = rows.stream()
                .filter(r -> !r.isValid())
                .flatMap(r -> r.violations().stream()
                        .map(v -> new Violation("rows[" + r.line() + "]." + v.field(), v.messageKey(), v.args())))
                .toList();
        if (!problems.isEmpty()) {
            throw new BusinessException(
                    BusinessException.Kind.INVALID,
                    "import.invalidRows",
                    problems,
                    rows.stream().filter(r -> !r.isValid()).count());
        }
        for (Row row : rows) {
            row.data().setProviderId(providerId);
            participants.register(row.data());
        }
        return rows.size();
    }

    /** Heading in the file -> field; a missing required column is refused before any row is read. */
    private static Map<String, String> columns(List<String> headings) {
        Map<String, String> columns = new java.util.HashMap<>();
        for (String heading : headings) {
            String field = HEADINGS.getOrDefault(heading, heading);
            if (HEADINGS.containsValue(field)) {
                columns.put(field, heading);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                String heading = HEADINGS.entrySet().stream()
                        .filter(e -> e.getValue().equals(required))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(required);
                throw BusinessException.invalidField("file", "violation.import.missingColumn", heading);
            }
        }
        return columns;
    }

    private static Row row(int line, Map<String, String> record, Map<String, String> columns) {
        List<Violation> violations = new ArrayList<>();
        ParticipantData data = new ParticipantData();
        data.setFirstName(text(record, columns, "firstName"));
        data.setLastName(text(record, columns, "lastName"));
        for (String name : List.of("firstName", "lastName")) {
            String value = text(record, columns, name);
            if (value == null) {
                violations.add(new Violation(name, "violation.required"));
            } else if (value.length() > Participant.NAME_MAXLENGTH) {
                violations.add(new Violation(name, "violation.tooLong", Participant.NAME_MAXLENGTH));
            }
        }
        data.setBirthYear(number(text(record, columns, "birthYear")));
        data.setGender(choice(text(record, columns, "gender"), Gender.class, "gender", violations));
        data.setCountryOfOrigin(text(record, columns, "countryOfOrigin"));
        data.setNationality(text(record, columns, "nationality"));
        data.setFirstLanguages(text(record, columns, "firstLanguages"));
        data.setResidenceStatus(
                choice(text(record, columns, "residenceStatus"), ResidenceStatus.class, "residenceStatus", violations));
        data.setLanguageLevel(
                choice(text(record, columns, "languageLevel"), CourseLevel.class, "languageLevel", violations));
        data.setPhone(text(record, columns, "phone"));
        data.setConsentGiven(yes(text(record, columns, "consentGiven")));
        violations.addAll(ParticipantService.check(data, true));
        String name = String.join(
                        " ",
                        data.getFirstName() == null ? "" : data.getFirstName(),
                        data.getLastName() == null ? "" : data.getLastName())
                .strip();
        return new Row(line, name, data, violations);
    }

    private static String text(Map<String, String> record, Map<String, String> columns, String field) {
        String heading = columns.get(field);
        String value = heading == null ? null : record.get(heading);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null; // reported by the birth-year rule
        }
    }

    /** An enum value by its code (FEMALE) or, for gender, the German word (weiblich); blank is none. */
    private static <E extends Enum<E>> E choice(String text, Class<E> type, String field, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        String code = switch (text.toLowerCase(Locale.GERMAN)) {
            case "weiblich", "w" -> "FEMALE";
            case "männlich", "m" -> "MALE";
            case "divers", "d" -> "DIVERSE";
            case "keine angabe", "k. a.", "ka" -> "UNSPECIFIED";
            default -> text.toUpperCase(Locale.ROOT);
        };
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "violation.import.unknownValue", text));
            return null;
        }
    }

    private static Boolean yes(String text) {
        return text != null && List.of("ja", "j", "yes", "y", "true", "1", "x").contains(text.toLowerCase(Locale.ROOT));
    }
}
