import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the per-request statistics of a Gatling report (its index.html, run by bench/load.sh) as a Markdown table
 * for docs/benchmarks.md: count, errors, requests per second, p50/p95/p99 and max in ms. Whether a request type
 * meets the goal of issue 15 (p95 < 150 ms for page requests and saves; the reports are listed apart).
 * Argument: the report's folder.
 */
public class LoadSummary {

    /** One row of Gatling's statistics table: the request's name, then columns 2..14 (count ... std dev). */
    static final Pattern ROW = Pattern.compile("id=\"stats-table-([^\"]+)\" class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>",
            Pattern.DOTALL);
    static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    static final List<String> REPORTS = List.of("dashboard", "usage report", "usage report 15.03.-10.09.");

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0], "index.html"));
        List<String> pages = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        String global = null;
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String[] cells = new String[15];
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                cells[Integer.parseInt(cell.group(1))] = cell.group(2);
            }
            String name = row.group(2).strip();
            String line = "| " + name + " | " + cells[2] + " | " + cells[4] + " | " + cells[6] + " | " + cells[8] + " | "
                    + cells[10] + " | " + cells[11] + " | " + cells[12] + " |";
            if (row.group(1).equals("ROOT")) {
                global = line.replaceFirst("\\| " + Pattern.quote(name), "| all requests");
            } else if (REPORTS.contains(name)) {
                reports.add(line);
            } else {
                int p95 = Integer.parseInt(cells[10].replace(",", ""));
                pages.add(line + (p95 < 150 ? " met |" : " **missed** |"));
            }
        }
        System.out.println("| request | count | errors | per s | p50 ms | p95 ms | p99 ms | max ms | p95 < 150 ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        pages.forEach(System.out::println);
        reports.forEach(line -> System.out.println(line + " (report) |"));
        System.out.println(global + " |");
    }
}
