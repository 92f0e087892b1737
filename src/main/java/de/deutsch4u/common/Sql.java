package de.deutsch4u.common;

import de.deutsch4u.config.DataSourceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The one way to run SQL outside JPA: Jdbi 3 on the application's data source (named parameters,
 * {@code bindList} for IN lists, rows mapped to records by column name, long statements in files).
 * <p>
 * Inside a container transaction the pool hands out the transaction's connection, the one EclipseLink
 * uses too, so Jdbi's and JPA's writes of one EJB call commit or roll back together (SqlTransactionIT).
 * Jdbi itself never begins, commits or ends a transaction here. All calls of one transaction share one
 * handle, opened by the first and closed when the transaction ends: a handle per call borrowed the connection
 * from the pool again and copied Jdbi's configuration for each of the six to eight statements of a sheet save
 * (docs/benchmarks.md). Outside a transaction each call gets a connection of its own in auto-commit mode, unless
 * the calls run inside {@link #inOneHandle} (the sign-in check, a sheet read): then they share one.
 * <p>
 * Jdbi does not flush EclipseLink: SQL that must see entities persisted in the same transaction needs
 * {@code em.flush()} first, and entities read before a Jdbi write do not see it.
 */
@ApplicationScoped
public class Sql {

    private static final ClasspathSqlLocator FILES = ClasspathSqlLocator.removingComments();

    /** The handle of the innermost {@link #inOneHandle} on this thread, if any. */
    private static final ThreadLocal<Handle> ONE_HANDLE = new ThreadLocal<>();

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private Jdbi jdbi;

    @PostConstruct
    void connect() {
        jdbi = Jdbi.create(dataSource);
        // The container ends the transaction; a handle closed inside one must leave it alone.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
    }

    /**
     * Runs the callback and returns its result, on the shared handle (the current transaction's, else that of an
     * enclosing {@link #inOneHandle}) or else on a handle of its own.
     */
    public <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        Handle shared = transactionHandle();
        if (shared == null) {
            shared = ONE_HANDLE.get();
        }
        return shared == null ? jdbi.withHandle(callback) : callback.withHandle(shared);
    }

    /**
     * Runs {@code work} with one handle for all calls of this class in it, outside a transaction too (inside one they
     * share the transaction's handle anyway): the statements of a sign-in check or a sheet read borrow one connection
     * from the pool instead of one each (docs/benchmarks.md). Auto-commit mode: each statement is its own.
     */
    public <R> R inOneHandle(Supplier<R> work) {
        if (ONE_HANDLE.get() != null || inTransaction()) {
            return work.get();
        }
        try (Handle handle = jdbi.open()) {
            ONE_HANDLE.set(handle);
            try {
                return work.get();
            } finally {
                ONE_HANDLE.remove();
            }
        }
    }

    /** Runs the callback like {@link #withHandle}, without a result. */
    public void useHandle(HandleConsumer<RuntimeException> callback) {
        withHandle(handle -> {
            callback.useHandle(handle);
            return null;
        });
    }

    /** The handle of the active container transaction, opened on first use; null outside a transaction. */
    private Handle transactionHandle() {
        if (!inTransaction()) {
            return null;
        }
        Handle handle = (Handle) transactions.getResource(Sql.class);
        if (handle == null) {
            Handle opened = jdbi.open();
            transactions.putResource(Sql.class, opened);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    opened.close();
                }
            });
            handle = opened;
        }
        return handle;
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * Locks one row until the transaction ends ({@code SELECT … FOR UPDATE}), to serialise changes on it, e.g.
     * attendance saves and month closings of one course. {@code table} is a table name from the code.
     */
    public void lock(String table, long id) {
        useHandle(handle -> handle.createQuery("SELECT id FROM " + table + " WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .mapTo(Long.class)
                .list());
    }

    /**
     * The text of an SQL file on the class path (e.g. {@code "reports/usage-sessions.sql"}), without its
     * comments; read once. Placeholders {@code <name>} in it are filled with {@code define} (fixed SQL from
     * the code, never request values), {@code :name} parameters with {@code bind}.
     */
    public static String file(String path) {
        return FILES.getResource(Sql.class.getClassLoader(), path);
    }
}
