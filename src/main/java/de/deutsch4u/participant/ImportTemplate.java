package de.deutsch4u.participant;

import java.util.List;

/** The downloadable CSV template: German headings, one example row, UTF-8 with BOM for a German Excel. */
final class ImportTemplate {

    private static final List<String> ORDER = List.of(
            "Vorname",
            "Nachname",
            "Geburtsjahr",
            "Geschlecht",
            "Herkunftsland",
            "Staatsangehörigkeit",
            "Erstsprachen",
            "Aufenthaltsstatus",
            "Sprachniveau",
            "Telefon",
            "Einwilligung");

    private ImportTemplate() {}

    static String csv() {
        return "\uFEFF" + String.join(";", ORDER) + "\r\n"
                + "Amal;Haddad;1990;weiblich;SY;SY;Arabisch;AE_SCHUTZ;A1;;ja\r\n";
    }
}
