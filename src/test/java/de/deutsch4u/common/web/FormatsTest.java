package de.deutsch4u.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void shouldShowUtcTimesAsGermanTimesInBerlin() {
        assertEquals("30.11.2026, 14:05", formats.time(LocalDateTime.of(2026, 11, 30, 13, 5)), "winter: UTC+1");
        assertEquals("15.07.2027, 14:05", formats.time(LocalDateTime.of(2027, 7, 15, 12, 5)), "summer: UTC+2");
        assertEquals("", formats.time(null));
    }

    @Test
    void shouldShortenAChecksumForTheEye() {
        assertEquals("0123456789ab…", formats.shortHash("0123456789abcdef0123456789abcdef"));
        assertEquals("abc", formats.shortHash("abc"));
    }
}
