package de.deutsch4u.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One way to run SQL outside JPA (docs/architecture.md "Database"): common.Sql (Jdbi). No EclipseLink native
 * queries and no hand-written JDBC in the application; the launcher runs outside the server and keeps plain JDBC.
 * Procedures are called with createUpdate: Jdbi's createCall has the driver prepare the CALL on the server, which
 * cost a quarter of a millisecond of database CPU on every attendance save (DerivedAttendance).
 */
class SqlPathTest {

    private static final Path JAVA = SourceFiles.MAIN.resolve("java");
    /**
     * Besides the launcher: Jdbi's own data source, the data source definition and class, Flyway's data source,
     * and the outage probe's bare connection (no SQL).
     */
    private static final Set<String> ALLOWED_JDBC = Set.of(
            "de/deutsch4u/common/Sql.java",
            "de/deutsch4u/config/DataSourceConfig.java",
            "de/deutsch4u/config/MariaDbLocalDataSource.java",
            "de/deutsch4u/config/FlywayMigrator.java",
            "de/deutsch4u/ops/DatabaseProbe.java");

    @Test
    void shouldRunSqlOutsideJpaOnlyThroughJdbi() {
        List<String> offenders = new ArrayList<>();
        for (Path source : SourceFiles.withSuffix(JAVA, ".java")) {
            String name = JAVA.relativize(source).toString().replace('\\', '/');
            String java = SourceFiles.read(source);
            if (java.contains("createNativeQuery(")) {
                offenders.add(name + ": EclipseLink native query");
            }
            if (java.contains(".createCall(")) {
                offenders.add(name + ": createCall (a CALL without OUT parameters is a createUpdate)");
            }
            boolean jdbc = java.contains("import java.sql.Connection;")
                    || java.contains("import java.sql.PreparedStatement;")
                    || java.contains("import javax.sql.DataSource;");
            if (jdbc && !name.startsWith("de/deutsch4u/launcher/") && !ALLOWED_JDBC.contains(name)) {
                offenders.add(name + ": plain JDBC");
            }
        }
        assertEquals(List.of(), offenders);
    }
}
