package de.deutsch4u.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The generated passwords of the embedded MariaDB, kept in {@code DATA_DIR/db-credentials.properties}
 * with mode 0600 (owner only): the application's user {@code deutsch4u} (all rights on its own database,
 * from 127.0.0.1 only) and {@code root} (through the socket only). Tools such as backup read them here.
 */
record DatabaseCredentials(String user, String password, String rootPassword) {

    static final String FILE_NAME = "db-credentials.properties";
    static final String APP_USER = "deutsch4u";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(APP_USER, randomPassword(), randomPassword());
    }

    /** The credentials kept in the data dir, if it has been secured already (mode set back to 0600 if it drifted). */
    static Optional<DatabaseCredentials> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String user = properties.getProperty("user");
        String password = properties.getProperty("password");
        String rootPassword = properties.getProperty("rootPassword");
        if (user == null || password == null || rootPassword == null) {
            throw new LauncherException(file + " is incomplete. Delete it to have the passwords generated again"
                    + " (the data stays), and start again.");
        }
        return Optional.of(new DatabaseCredentials(user, password, rootPassword));
    }

    /** Written to a new file with mode 0600 from the start, then moved into place in one step. */
    void write(Path dataDir) throws IOException {
        Path temporary = dataDir.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("rootPassword", rootPassword);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(
                    writer, "Embedded MariaDB of Deutsch 4U: generated passwords. Keep this file private (mode 0600).");
        }
        Files.move(
                temporary,
                dataDir.resolve(FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** 24 random bytes as URL-safe Base64: 32 characters that need no quoting in SQL. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + "]"; // never the passwords, e.g. in a log line
    }
}
