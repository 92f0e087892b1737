package de.deutsch4u.user;

import de.deutsch4u.security.Role;

/** Criteria of the user list; null means any. */
public record UserFilter(Role role, Long providerId, Boolean active) {}
