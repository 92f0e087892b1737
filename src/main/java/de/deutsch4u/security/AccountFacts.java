package de.deutsch4u.security;

import java.util.List;

/**
 * What {@link Caller} reads of the signed-in account when the login check of this request did not: implemented
 * by {@code user.SignedInUser}, which holds the account entity. An interface, so that {@code security} does not
 * import {@code user} while {@code user} imports {@code security} (no import cycles, ArchitectureTest).
 */
public interface AccountFacts {

    /** Id, role and provider of the signed-in account. */
    SignedInAccount facts();

    /** The districts of the signed-in account (a DISTRICT account's scope). */
    List<Integer> districtIds();
}
