package de.deutsch4u.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The Chart.js configuration of a horizontal bar chart for p:chart (Chart.js comes with PrimeFaces). */
final class BarChart {

    private BarChart() {
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
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", datasetLabel).add("data", values).add("backgroundColor", "#1d4f91"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("x", x)))
                .build().toString();
    }
}
