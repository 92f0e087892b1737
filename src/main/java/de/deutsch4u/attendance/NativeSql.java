package de.deutsch4u.attendance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One SQL statement with positional parameters, run in plain JDBC on the data source. Inside a JTA
 * transaction the pool hands out the transaction's connection, the one JPA uses too. The attendance
 * save runs a dozen statements per request; through EclipseLink's native queries each cost noticeably
 * more CPU (docs/benchmarks.md). Report queries, which are long, read-only and kept in files with named
 * parameters, use {@code report.ReportSql} instead.
 */
final class NativeSql {

    private final DataSource dataSource;
    private final String sql;
    private final List<Object> params = new ArrayList<>();

    NativeSql(DataSource dataSource, String sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    NativeSql param(Object value) {
        params.add(value);
        return this;
    }

    int update() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Every row as an array of its columns' values (JDBC's types: Long, Integer, String, java.sql.Date). */
    List<Object[]> rows() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }
}
