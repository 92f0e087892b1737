package de.deutsch4u.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.Fixtures;
import de.deutsch4u.ui.pages.LoginPage;
import de.deutsch4u.ui.pages.UsageReportPage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A provider opens the usage report, chooses a period, groups it by course and sees table, totals and chart. */
class UsageReportBrowserIT extends BrowserTest {

    @Test
    void shouldShowTheProvidersFiguresOfAPeriodAsTableAndChart() {
        long provider = Fixtures.provider();
        // 20 days back, not "1 January + n": that lies in the future early in the year, and attendance can't be
        // recorded then.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        LocalDate day = today.minusDays(20);
        Fixtures.courseWithOnePresence(provider, "Abendkurs Bericht", day, 10);

        LoginPage.open(browser).signInAs(Fixtures.user("PROVIDER", provider), Fixtures.PASSWORD);
        UsageReportPage page = UsageReportPage.open(browser);
        page.period(day, today);
        page.show();
        String providerName =
                Api.admin().get("/api/providers/" + provider).json().getString("name");
        assertTrue(page.tableText().contains(providerName), page.tableText());
        assertTrue(page.tableText().contains("Gesamt"), "totals row: " + page.tableText());
        assertTrue(page.showsChart(), "bar chart");
        assertTrue(page.offersDownloads());

        page.groupBy("Kurs");
        page.sortBy("utilisation");
        assertTrue(page.tableText().contains("Abendkurs Bericht"), page.tableText());
        assertTrue(page.tableText().contains("10,00"), "utilisation 4 UE of 4 x 10 places: " + page.tableText());

        String csv = page.downloadCsv();
        assertTrue(csv.contains("Abendkurs Bericht"), "the CSV has the table's rows: " + csv);
        assertTrue(
                page.tableText().contains("Abendkurs Bericht"), "the page stays after a download: " + page.tableText());

        browser.asPhone();
        assertTrue(page.tableText().contains("Abendkurs Bericht"), "on a phone the table reflows: " + page.tableText());
    }
}
