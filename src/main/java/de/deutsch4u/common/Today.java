package de.deutsch4u.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** "Today" is the current date in Europe/Berlin (contract §2); audit times are stored in UTC. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Today() {}

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
