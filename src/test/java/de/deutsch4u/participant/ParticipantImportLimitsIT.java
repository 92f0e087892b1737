package de.deutsch4u.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.Api;
import de.deutsch4u.testsupport.TestApp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §8 "Uploads": bounded bodies, the row limit while reading, no zip bomb, a few imports at once. */
@Tag("db")
@ExtendWith(TestApp.class)
class ParticipantImportLimitsIT {

    private static final String PREVIEW = "/api/participants/import/preview";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER =
            "Vorname;Nachname;Geburtsjahr;Geschlecht;Herkunftsland;Staatsangehörigkeit;Einwilligung\r\n";

    @Test
    void shouldAnswer413ToADeclaredLengthOverTenMegabytesBeforeTheBodyIsSent() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream()
                    .write(head(PREVIEW, "de", "Content-Length: " + 11 * 1024 * 1024)
                            .getBytes(
                                    StandardCharsets
                                            .UTF_8)); // and not a byte of the body: a server that read it first would
            // wait
            assertTooLarge(answer(socket.getInputStream()), "Die Datei ist größer als 10 MB");
        }
    }

    /** As curl and browsers send: the whole body, reading the answer while sending (the server stops reading early). */
    @Test
    void shouldAnswer413ToAnElevenMegabyteBodyWithOrWithoutLength() throws Exception {
        byte[] eleven = csvOfSize(11 * 1024 * 1024);
        assertTooLarge(post(PREVIEW, "de", eleven, false), "Die Datei ist größer als 10 MB");
        assertTooLarge(post(PREVIEW, "en", eleven, true), "The file is larger than 10 MB");
        assertTooLarge(post("/api/participants/import?providerId=1", "de", eleven, true), "10 MB");
        Api.Response justBelow = Api.admin().sendBytes(PREVIEW, "text/csv", csvOfSize(ImportUpload.MAX_BYTES - 64));
        assertEquals(400, justBelow.status(), "10 MB are read (and then refused for their row count)");
        assertTrue(justBelow.body().contains("Höchstens 20000 Zeilen"), justBelow.body());
        assertEquals(200, Api.anonymous().get("/health/ready").status());
    }

    @Test
    void shouldCheckTheMaximumOfTwentyThousandRowsAndRefuseTheNextRow() throws Exception {
        Api.Response maximum = Api.admin().sendBytes(PREVIEW, XLSX, ImportFiles.workbook(20_000));
        assertEquals(
                200,
                maximum.status(),
                maximum.body().substring(0, Math.min(300, maximum.body().length())));
        assertEquals(20_000, maximum.jsonArray().size());
        assertEquals(20_001, maximum.jsonArray().getJsonObject(19_999).getInt("line"));

        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= 20_000; i++) {
            csv.append("Amal;Haddad;1990;w;SY;SY;ja\r\n");
        }
        Api.Response oneMore = Api.admin().send("POST", PREVIEW, "text/csv", csv.toString());
        assertEquals(400, oneMore.status(), oneMore.body());
        assertEquals(
                "file",
                oneMore.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void shouldRefuseAHalfMillionRowWorkbookAtItsFirstRowBeyondTheLimit() throws Exception {
        byte[] file = ImportFiles.handWritten(500_000, 0);
        assertTrue(file.length < ImportUpload.MAX_BYTES, "small enough to be read: " + file.length);
        long start = System.nanoTime();
        Api.Response refused = Api.admin().sendBytes(PREVIEW, XLSX, file);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                "Höchstens 20000 Zeilen pro Datei.",
                refused.json().getJsonArray("violations").getJsonObject(0).getString("message"));
        assertTrue(millis < 20_000, "stops reading early, took " + millis + " ms");
    }

    @Test
    void shouldRefuseAWorkbookWhoseSharedStringsUnpackToHundredsOfMegabytes() throws Exception {
        byte[] bomb = ImportFiles.sharedStringsBomb(1_000_000);
        try (ZipFile zip = new ZipFile(
                Files.write(Files.createTempFile("bomb", ".xlsx"), bomb).toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            assertTrue(strings.getSize() > 200L * 1024 * 1024, "unpacks to " + strings.getSize());
            assertTrue(
                    strings.getSize() / strings.getCompressedSize() < 100,
                    "below POI's own zip bomb ratio, so only the application's bound can stop it");
        }
        Api.Response refused = Api.admin().sendBytes(PREVIEW, XLSX, bomb);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("mehr Text"), refused.body());
        assertEquals(200, Api.anonymous().get("/health/ready").status());
    }

    @Test
    void shouldRefuseAThirdImportWhileTwoAreRunning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < ImportSlots.SLOTS; i++) {
            slow.add(Api.admin().sendStreamAsync(PREVIEW, "text/csv", () -> new StallingStream(HEADER, release)));
        }
        try {
            String small = HEADER + "Amal;Haddad;1990;w;SY;SY;ja\r\n";
            Api.Response busy = null;
            for (int attempt = 0; attempt < 50 && (busy == null || busy.status() != 429); attempt++) {
                Thread.sleep(200); // until both slow uploads hold their slots
                busy = Api.admin().send("POST", PREVIEW, "text/csv", small);
            }
            assertEquals(429, busy.status(), busy.body());
            assertEquals("import.busy", busy.json().getString("code"));
            assertTrue(busy.json().getString("message").contains("Importe"), busy.body());
            assertTrue(busy.header("Retry-After") != null, "Retry-After");
        } finally {
            release.countDown();
        }
        for (CompletableFuture<HttpResponse<String>> request : slow) {
            assertEquals(400, request.get(60, TimeUnit.SECONDS).statusCode(), "a header without rows is empty");
        }
        assertEquals(
                200,
                Api.admin()
                        .send("POST", PREVIEW, "text/csv", HEADER + "Amal;Haddad;1990;w;SY;SY;ja\r\n")
                        .status(),
                "the slots are free again");
    }

    private static void assertTooLarge(String answer, String message) {
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        String json = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        var error =
                jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        assertEquals("import.tooLarge", error.getString("code"));
        assertEquals(413, error.getInt("status"));
        assertTrue(error.getString("message").contains(message), answer);
    }

    private static Socket connect() throws IOException {
        URI base = URI.create(TestApp.baseUrl());
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static String head(String path, String language, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + Api.admin().authorization() + "\r\nAccept-Language: " + language + "\r\nContent-Type: text/csv\r\n"
                + framing + "\r\n\r\n";
    }

    /** Status line, headers and the body of the length they give (the connection may stay open). */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = headers.lines()
                .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(15).trim()))
                .findFirst()
                .orElse(0);
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A raw HTTP/1.1 POST that sends its body in a second thread and returns the whole answer. */
    private static String post(String path, String language, byte[] body, boolean chunked) throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, language, chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length)
                    .getBytes(StandardCharsets.UTF_8));
            Thread sender = new Thread(() -> {
                try {
                    for (int at = 0; at < body.length; at += 64 * 1024) {
                        int n = Math.min(64 * 1024, body.length - at);
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(body, at, n);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    // the server has answered and closed the connection: the rest is not read, as intended
                }
            });
            sender.start();
            String answer = answer(socket.getInputStream());
            sender.join(20_000);
            return answer;
        }
    }

    /** A template CSV of exactly {@code size} bytes, padded with row after row. */
    private static byte[] csvOfSize(long size) {
        byte[] row = "Amal;Haddad;1990;w;SY;SY;ja\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[(int) size];
        System.arraycopy(header, 0, file, 0, header.length);
        for (int at = header.length; at < file.length; at += row.length) {
            System.arraycopy(row, 0, file, at, Math.min(row.length, file.length - at));
        }
        return file;
    }

    /** Sends {@code start}, then holds back the end of the body until released. */
    private static final class StallingStream extends InputStream {
        private final ByteArrayInputStream start;
        private final CountDownLatch release;

        StallingStream(String start, CountDownLatch release) {
            this.start = new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8));
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = start.read(buffer, offset, length);
            if (n > 0) {
                return n;
            }
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }
}
