import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import java.util.zip.ZipOutputStream;

/**
 * Participant import under load (issue 12), run by bench/import-heap.sh; records the application server's
 * heap with JFR (through jcmd) around each phase. Phases: one preview of the 20,000-row maximum (XLSX), one preview of a 500,000-row XLSX (refused at row 20,001),
 * and six clients previewing the 20,000-row file over and over for a while, retrying after a 429, while a
 * seventh asks /health/ready every 200 ms. Arguments: baseUrl adminPassword launcherPid [seconds]
 */
public class ImportHeapBench {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADINGS = {"Vorname", "Nachname", "Geburtsjahr", "Geschlecht", "Herkunftsland",
        "Staatsangehörigkeit", "Einwilligung"};
    /** HTTP/1.1 as browsers and curl use it; the JDK client's HTTP/2 upgrade lost answers under load. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String auth;
    static long payaraPid;

    public static void main(String[] args) throws Exception {
        base = args[0];
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        long launcher = Long.parseLong(args[2]);
        payaraPid = ProcessHandle.of(launcher).orElseThrow().children()
                .filter(p -> String.join(" ", p.info().arguments().orElse(new String[0])).contains("payara-micro"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Payara child of " + launcher)).pid();
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        byte[] maximum = workbook(20_000);
        byte[] tooMany = workbook(500_000);
        System.out.printf("files: 20,000 rows = %.1f MB, 500,000 rows = %.1f MB (XLSX, shared strings)%n",
                maximum.length / 1e6, tooMany.length / 1e6);
        preview(maximum); // warm-up: class loading and JIT, outside the recordings
        preview(tooMany);

        phase("maximum", () -> report("20,000 rows", preview(maximum)));
        phase("rejected", () -> report("500,000 rows", preview(tooMany)));
        phase("parallel", () -> parallel(maximum, seconds));
    }

    static void parallel(byte[] file, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Long> health = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(7, runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true); // a failed phase ends the program
            return thread;
        });
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(pool.submit(() -> {
                while (running.get()) {
                    int status;
                    try {
                        status = preview(file).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    (status == 200 ? ok : status == 429 ? busy : other).incrementAndGet();
                    if (status == 429) {
                        Thread.sleep(100); // far shorter than Retry-After, to keep the pressure on
                    }
                }
                return null;
            }));
        }
        Future<?> checker = pool.submit(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                health.add(answer.statusCode() == 200 ? millis : -millis);
                Thread.sleep(200);
            }
            return null;
        });
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Future<?> client : clients) {
            client.get();
        }
        checker.get();
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(health.stream().map(Math::abs).toList());
        Collections.sort(sorted);
        long notUp = health.stream().filter(m -> m < 0).count();
        System.out.printf("six clients for %d s: %d previews of 20,000 rows answered 200, %d answered 429 import.busy, %d other%n",
                seconds, ok.get(), busy.get(), other.get());
        System.out.printf("/health/ready meanwhile: %d checks, %d not 200, median %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), notUp, sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)),
                sorted.get(sorted.size() - 1));
    }

    interface Step {
        void run() throws Exception;
    }

    /**
     * Records the phase with JFR in the application server and reports its heap after each garbage
     * collection: the first one (forced with GC.run before the phase) is the baseline; the highest one
     * during the phase bounds what the phase kept alive at once (it may include garbage not yet collected).
     */
    static void phase(String name, Step step) throws Exception {
        Path recording = Path.of("target", "bench-import-" + name + ".jfr").toAbsolutePath();
        jcmd("JFR.start", "name=" + name, "settings=default");
        jcmd("GC.run");
        long start = System.nanoTime();
        step.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        jcmd("JFR.stop", "name=" + name, "filename=" + recording);
        List<Long> afterGc = new ArrayList<>();
        long peakBeforeGc = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.GCHeapSummary")) {
                    if ("After GC".equals(event.getString("when"))) {
                        afterGc.add(event.getLong("heapUsed"));
                    } else {
                        peakBeforeGc = Math.max(peakBeforeGc, event.getLong("heapUsed"));
                    }
                }
            }
        }
        long baseline = afterGc.get(0);
        long peak = afterGc.stream().mapToLong(Long::longValue).max().orElse(baseline);
        System.out.printf("  %s: %d ms, %d collections; heap after GC: baseline %d MB, highest %d MB, growth %d MB;"
                + " highest heap before a GC %d MB%n", name, millis, afterGc.size() - 1, baseline >> 20, peak >> 20,
                (peak - baseline) >> 20, peakBeforeGc >> 20);
    }

    static void jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(payaraPid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
        }
    }

    static void report(String what, HttpResponse<String> answer) {
        String body = answer.body();
        System.out.printf("%s: %d, %s%n", what, answer.statusCode(),
                body.length() > 160 ? body.substring(0, 160) + "… (" + body.length() / 1024 + " KB)" : body);
    }

    static HttpResponse<String> preview(byte[] file) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/participants/import/preview"))
                .header("Authorization", auth).header("Content-Type", XLSX).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A minimal XLSX as Excel writes it (shared strings), with the template's headings and valid rows. */
    static byte[] workbook(int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Teilnehmende\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            // shared strings: the 7 headings, then per row a distinct last name; "Amal", "w", "SY", "ja" once each
            StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String heading : HEADINGS) {
                strings.append("<si><t>").append(heading).append("</t></si>");
            }
            for (String value : new String[] {"Amal", "w", "SY", "ja"}) {
                strings.append("<si><t>").append(value).append("</t></si>");
            }
            int uniqueNames = rows > 20_000 ? 200 : rows; // repeats compress: half a million rows stay below 10 MB
            for (int i = 0; i < uniqueNames; i++) {
                strings.append("<si><t>Haddad-").append(i).append("</t></si>");
            }
            put(zip, "xl/sharedStrings.xml", strings.append("</sst>").toString());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"s\"><v>").append(c).append("</v></c>");
            }
            sheet.append("</row>");
            for (int r = 2; r <= rows + 1; r++) {
                int name = 11 + (r - 2) % uniqueNames;
                if (rows > 20_000) { // cell references are optional; without them repeats compress well
                    sheet.append("<row><c t=\"s\"><v>7</v></c><c t=\"s\"><v>").append(name)
                            .append("</v></c><c><v>1990</v></c><c t=\"s\"><v>8</v></c><c t=\"s\"><v>9</v></c>")
                            .append("<c t=\"s\"><v>9</v></c><c t=\"s\"><v>10</v></c></row>");
                } else {
                    sheet.append("<row r=\"").append(r).append("\">")
                            .append("<c r=\"A").append(r).append("\" t=\"s\"><v>7</v></c>")
                            .append("<c r=\"B").append(r).append("\" t=\"s\"><v>").append(name).append("</v></c>")
                            .append("<c r=\"C").append(r).append("\"><v>1990</v></c>")
                            .append("<c r=\"D").append(r).append("\" t=\"s\"><v>8</v></c>")
                            .append("<c r=\"E").append(r).append("\" t=\"s\"><v>9</v></c>")
                            .append("<c r=\"F").append(r).append("\" t=\"s\"><v>9</v></c>")
                            .append("<c r=\"G").append(r).append("\" t=\"s\"><v>10</v></c></row>");
                }
                if (sheet.length() > 1 << 20) {
                    zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
                    sheet.setLength(0);
                }
            }
            zip.write(sheet.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
