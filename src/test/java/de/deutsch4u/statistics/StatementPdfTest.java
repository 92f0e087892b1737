package de.deutsch4u.statistics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.course.FundingLine;
import de.deutsch4u.report.FundingCourse;
import de.deutsch4u.report.FundingSum;
import de.deutsch4u.testsupport.PdfText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementPdfTest {

    @Test
    void columnHeadingsKeepTheirWordsWhole() {
        FundingCourse course = new FundingCourse(
                1,
                "Deutsch im Alltag A1",
                1,
                "VHS Frankfurt",
                FundingLine.STATE,
                "WIR-2026-0815",
                300,
                120,
                40,
                new BigDecimal("12.50"),
                new BigDecimal("4000.00"),
                new BigDecimal("1500.00"));
        FundingSum sum =
                new FundingSum(1, "VHS Frankfurt", FundingLine.STATE, 1, 300, 120, 40, new BigDecimal("1500.00"), 0);
        ParticipantStatistics statistics = new ParticipantStatistics(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                1L,
                null,
                FundingLine.STATE,
                false,
                Cell.of("participants", 12),
                List.of());
        StatementPdf pdf = new StatementPdf(
                "VHS Frankfurt",
                2026,
                FundingLine.STATE,
                "1",
                LocalDateTime.of(2026, 11, 30, 9, 0),
                List.of(new StatementPdf.CourseLine("Volkshochschule Frankfurt, Sonnemannstraße 13", course, 0)),
                sum,
                statistics);

        String text = PdfText.of(pdf.render());

        for (String heading :
                List.of("Förderkennzeichen", "bewilligt", "Kinderbetreuung", "Höchstbetrag", "Abrechenbar")) {
            assertTrue(text.contains(heading), () -> heading + " is broken mid-word in:\n" + text);
        }
    }
}
