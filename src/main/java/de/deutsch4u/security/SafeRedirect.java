package de.deutsch4u.security;

/** Where the login page may send someone afterwards: only a path inside this application. */
public final class SafeRedirect {

    public static final String START_PAGE = "/index.xhtml";

    private SafeRedirect() {}

    /** The requested path if it is local ("/courses/list.xhtml?x=1"), else the start page. */
    public static String target(String requested) {
        if (requested == null
                || requested.isBlank()
                || !requested.startsWith("/")
                || requested.startsWith("//")
                || requested.contains("\\")
                || requested.contains("\r")
                || requested.contains("\n")
                || requested.startsWith("/api/")
                || requested.startsWith("/login.xhtml")) {
            return START_PAGE;
        }
        return requested;
    }
}
