package de.deutsch4u.security;

/**
 * What services need to know of the caller for roles and data scope. An API request's login check reads
 * it with the password hash and keeps it as a request attribute, so {@link Caller} need not read the
 * account again; a page request (session login) reads it from the account entity.
 */
public record SignedInAccount(long id, Role role, Long providerId) {

    static final String REQUEST_ATTRIBUTE = SignedInAccount.class.getName();
}
