package de.deutsch4u.security;

/** Role names as constants for {@code @RolesAllowed} (contract §4). They equal the names of {@link Role}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PROGRAMME = "PROGRAMME";
    public static final String PROVIDER = "PROVIDER";
    public static final String TEACHER = "TEACHER";
    public static final String DISTRICT = "DISTRICT";

    private Roles() {}
}
