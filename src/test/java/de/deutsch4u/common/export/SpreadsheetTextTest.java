package de.deutsch4u.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void shouldTurnFormulasIntoText() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SpreadsheetText.safe("=HYPERLINK(\"http://x\",\"y\")"));
        for (String start : new String[] {"+", "-", "@", "\t", "\r"}) {
            assertEquals("'" + start + "1+1", SpreadsheetText.safe(start + "1+1"));
        }
    }

    @Test
    void shouldLeaveOtherTextAlone() {
        assertEquals("Deutsch im Alltag = gut", SpreadsheetText.safe("Deutsch im Alltag = gut"));
        assertEquals("", SpreadsheetText.safe(""));
        assertNull(SpreadsheetText.safe(null));
    }
}
