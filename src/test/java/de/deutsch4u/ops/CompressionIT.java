package de.deutsch4u.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.testsupport.TestApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §9: text resources go out compressed to clients that accept it (a phone on a slow network). */
@Tag("db")
@ExtendWith(TestApp.class)
class CompressionIT {

    /** HTTP/1.1 as browsers speak it without TLS (Java's default would ask for an HTTP/2 upgrade). */
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void shouldCompressPagesScriptsStylesAndJson() throws Exception {
        String login = get("/login.xhtml", null, "text/html");
        assertTrue(login.contains("<form"), "the page, unpacked: " + login);
        get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces", null, "javascript");
        get("/jakarta.faces.resource/css/app.css.xhtml", null, "text/css");
        String json = get("/api/districts", "admin:" + TestApp.ADMIN_PASSWORD, "application/json");
        assertTrue(json.contains("Kassel"), json);
    }

    @Test
    void shouldSendPlainTextToClientsThatDoNotAcceptGzip() throws Exception {
        HttpResponse<String> plain = CLIENT.send(
                HttpRequest.newBuilder(URI.create(TestApp.baseUrl() + "/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    }

    /** GETs with Accept-Encoding: gzip, checks the answer is gzip of the given type, and returns it unpacked. */
    private static String get(String path, String basicAuth, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(TestApp.baseUrl() + path)).header("Accept-Encoding", "gzip");
        if (basicAuth != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").contains(contentType),
                path + ": " + response.headers().map());
        assertEquals(
                "gzip",
                response.headers().firstValue("Content-Encoding").orElse(""),
                path + ": " + response.headers().map());
        try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(unpacked.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
