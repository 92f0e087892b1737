package de.deutsch4u.common.export;

/**
 * Text for a cell of a CSV or XLSX file (contract §8): text that Excel or LibreOffice would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so a course named
 * {@code =HYPERLINK(...)} stays text in the programme staff's spreadsheet.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
