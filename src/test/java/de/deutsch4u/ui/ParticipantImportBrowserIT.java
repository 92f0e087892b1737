package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.AppProcess;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.ParticipantImportPage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A provider uploads a file with errors, sees them per row, fixes the file and imports it. */
class ParticipantImportBrowserIT extends BrowserTest {

    private static final String HEADER =
            "Vorname;Nachname;Geburtsjahr;Geschlecht;Herkunftsland;Staatsangehörigkeit;Einwilligung\r\n";

    @Test
    void shouldShowRowErrorsAndImportTheFixedFile() throws Exception {
        long provider = Fixtures.provider();
        String lastName = Api.unique("Upload-");
        Path target = AppProcess.target();
        Path wrong = Files.writeString(
                target.resolve("import-wrong.csv"),
                HEADER + "Amal;" + lastName + ";1990;w;SY;SY;ja\r\nZahra;" + lastName + ";2999;w;AF;AF;ja\r\n");
        Path fixed = Files.writeString(
                target.resolve("import-fixed.csv"),
                HEADER + "Amal;" + lastName + ";1990;w;SY;SY;ja\r\nZahra;" + lastName + ";1999;w;AF;AF;ja\r\n");

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        ParticipantImportPage page = ParticipantImportPage.open(browser);
        String summary = page.upload(wrong);
        assertTrue(summary.contains("2 Zeilen, davon 1 mit Fehlern"), summary);
        assertTrue(page.rowsText().contains("Geburtsjahr"), page.rowsText());
        assertFalse(page.canImport());

        page = ParticipantImportPage.open(browser);
        assertTrue(page.upload(fixed).contains("davon 0 mit Fehlern"));
        assertTrue(page.importAll().contains("2 Personen"));
        assertTrue(Api.admin()
                .get("/api/participants?providerId=" + provider)
                .body()
                .contains(lastName));
    }
}
