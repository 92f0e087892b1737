package de.deutsch4u.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The Chart.js configuration of a horizontal bar chart for p:chart (Chart.js comes with PrimeFaces). */
final class BarChart {

    private BarChart() {}

    /** More bars than this make a chart too long to read; the table shows them. */
    static final int MAX_BARS = 40;

    private static final int BARS_PER_STEP = 5;

    /**
     * The CSS class that makes the chart's box tall enough for {@code bars} bars (app.css, .chart-bars-5 to
     * .chart-bars-40): the chart fills its box (no fixed aspect ratio), so every bar gets room for its label;
     * with a fixed ratio Chart.js left out every other label and bars seemed to belong to their neighbours' names.
     */
    static String sizeClass(int bars) {
        int steps = Math.max(1, (Math.min(bars, MAX_BARS) + BARS_PER_STEP - 1) / BARS_PER_STEP);
        return "chart-bars-" + steps * BARS_PER_STEP;
    }

    /** One bar per row; a null value leaves the bar out. {@code percent} scales 0…1 to 0…100 %. */
    static String of(List<UsageRow> rows, String datasetLabel, Function<UsageRow, BigDecimal> value, boolean percent) {
        if (rows.isEmpty()) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (UsageRow row : rows) {
            labels.add(row.getName());
            BigDecimal v = value.apply(row);
            if (v == null) {
                values.addNull();
            } else {
                values.add(percent ? v.movePointRight(2) : v);
            }
        }
        var x = Json.createObjectBuilder().add("min", 0);
        if (percent) {
            x.add("suggestedMax", 100);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", datasetLabel)
                                                        .add("data", values)
                                                        .add("backgroundColor", "#1d4f91"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", x)
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("autoSkip", false)))))
                .build()
                .toString();
    }
}
