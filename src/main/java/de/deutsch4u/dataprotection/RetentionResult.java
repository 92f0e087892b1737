package de.deutsch4u.dataprotection;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer of a retention run: how many people were due, how many were erased (none in a dry run). */
@JsonbPropertyOrder({"dryRun", "due", "erased"})
public record RetentionResult(boolean dryRun, int due, int erased) {}
