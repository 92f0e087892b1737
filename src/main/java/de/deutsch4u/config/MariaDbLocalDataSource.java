package de.deutsch4u.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source as a plain {@link DataSource} only. Payara makes a pool XA when the class named in
 * {@code @DataSourceDefinition} is an XADataSource, which MariaDbDataSource also is: every transaction
 * then cost XA START, XA END and XA COMMIT on the server. One database needs no two-phase commit, and
 * the driver class itself cannot be used (Payara loads it outside the application's class path).
 */
public class MariaDbLocalDataSource implements DataSource {

    /**
     * No request may wait longer than 10 s for the database (contract §8): connecting (handshake included)
     * gives up after 1.5 s, and a server that stops answering (frozen, cable pulled) after 5 s of silence.
     * A borrow from a frozen server costs both (validation, then a new connection): 6.5 s. Without these
     * the driver waits 30 s to connect and forever for an answer. DB_URL may set its own values.
     */
    static final Map<String, String> TIMEOUTS = Map.of("connectTimeout", "1500", "socketTimeout", "5000");

    private final MariaDbDataSource target = new MariaDbDataSource();

    public String getUrl() {
        return target.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        target.setUrl(JdbcUrl.withDefaults(url, TIMEOUTS));
    }

    public String getUser() {
        return target.getUser();
    }

    public void setUser(String user) throws SQLException {
        target.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        target.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return target.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
