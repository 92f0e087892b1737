package de.deutsch4u.security;

/** An account as the sign-in check reads it on every request (never cached: a change counts at once). */
public record StoredAccount(
        long id,
        String username,
        String passwordHash,
        Role role,
        Long providerId,
        boolean active,
        boolean passwordChangeRequired) {

    SignedInAccount facts() {
        return new SignedInAccount(id, role, providerId);
    }
}
