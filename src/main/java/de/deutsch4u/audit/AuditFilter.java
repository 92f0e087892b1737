package de.deutsch4u.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** What to look for in the audit trail; null fields do not filter. Dates are days in Europe/Berlin, inclusive. */
public record AuditFilter(String entity, Long entityId, String username, LocalDate from, LocalDate to)
        implements Serializable {}
