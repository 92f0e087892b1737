package de.deutsch4u.launcher;

/** A reason the launcher cannot start, said in one sentence to the person who started it. */
class LauncherException extends RuntimeException {
    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
