package de.deutsch4u.ops;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that cannot be reached (or does not answer in time) from every other failure. */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (connectionState(sql.getSQLState()) || poolFailure(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08: connection exception; 70100: statement interrupted (max_statement_time, socket timeout). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("70100"));
    }

    /** Payara's pool reports "Error in allocating a connection" without an SQLSTATE. */
    private static boolean poolFailure(String message) {
        return message != null && message.contains("allocating a connection");
    }

    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null && cause.getCause() != cause) {
            return cause.getCause();
        }
        return cause instanceof SQLException sql ? sql.getNextException() : null;
    }
}
