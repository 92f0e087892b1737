package de.deutsch4u.common.web;

import de.deutsch4u.common.GermanFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/** {@code #{formats.…}}: German formats for the pages (contract §9), the same as in messages and documents. */
@Named
@ApplicationScoped
public class Formats {

    /** A time stored in UTC, as 30.11.2026, 14:05 in Berlin. */
    public String time(LocalDateTime utc) {
        return GermanFormats.berlinTime(utc);
    }

    /** The start of a checksum, enough to compare by eye; the page gives the whole one as its title. */
    public String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }
}
