package de.deutsch4u.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BarChartTest {

    /** With a fixed aspect ratio Chart.js skipped every other label, so bars stood beside their neighbours' names. */
    @Test
    void everyBarKeepsItsLabelAndTheChartGrowsWithTheBars() {
        List<UsageRow> rows = IntStream.rangeClosed(1, 33)
                .mapToObj(i -> new UsageRow(i, "Kreis " + i, UsageFigures.NONE))
                .toList();

        JsonObject chart = Json.createReader(
                        new StringReader(BarChart.of(rows, "Auslastung", UsageRow::getUtilisation, true)))
                .readObject();

        assertEquals(33, chart.getJsonObject("data").getJsonArray("labels").size());
        JsonObject options = chart.getJsonObject("options");
        assertFalse(options.getBoolean("maintainAspectRatio"), "the chart fills a box as tall as its bars need");
        assertFalse(options.getJsonObject("scales")
                .getJsonObject("y")
                .getJsonObject("ticks")
                .getBoolean("autoSkip"));
        assertEquals("chart-bars-35", BarChart.sizeClass(33), "a box for 35 bars");
        assertEquals("chart-bars-5", BarChart.sizeClass(3));
        assertEquals("chart-bars-40", BarChart.sizeClass(400), "the largest box; longer charts are not drawn");
    }

    @Test
    void noRowsNoChart() {
        assertEquals("{}", BarChart.of(List.of(), "x", UsageRow::getUtilisation, true));
    }
}
