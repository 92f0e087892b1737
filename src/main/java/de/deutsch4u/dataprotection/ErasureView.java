package de.deutsch4u.dataprotection;

import java.time.LocalDateTime;

/** The answer to an erasure: which person, erased when (UTC). */
public record ErasureView(long id, boolean erased, LocalDateTime erasedAt) {}
