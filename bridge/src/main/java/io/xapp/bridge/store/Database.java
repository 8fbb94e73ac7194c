package io.xapp.bridge.store;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.xapp.bridge.config.StoreSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * The bridge's database: a bounded connection pool over the configured JDBC URL, migrated with Flyway on open. The
 * migrations are plain SQL that H2 and PostgreSQL both accept.
 */
public final class Database implements AutoCloseable {

    private final AgroalDataSource dataSource;

    private Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An H2 file database writes a commit to its file up to half a second later (WRITE_DELAY): a bridge killed in
     * that window would lose events it had recorded and whose SQS messages it had deleted (found by the benchmark's
     * kill mid-burst: 10 of 1,000). Every commit is written at once unless the URL says otherwise.
     */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        return h2File && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=") ? url + ";WRITE_DELAY=0"
                : url;
    }

    public static Database open(StoreSettings settings, String password) {
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool
                        .maxSize(settings.maxPoolSize())
                        .minSize(1)
                        .initialSize(1)
                        .acquisitionTimeout(Duration.ofSeconds(30))
                        .connectionFactoryConfiguration(factory -> {
                            // Name the driver rather than asking DriverManager, which only sees drivers of the
                            // caller's class loader (not always this one under Quarkus and its tests).
                            factory.jdbcUrl(durable(settings.url())).autoCommit(true)
                                    .connectionProviderClass(driverFor(settings.url()));
                            if (settings.username() != null) {
                                factory.principal(new NamePrincipal(settings.username()));
                            }
                            if (password != null) {
                                factory.credential(new SimplePassword(password));
                            }
                            return factory;
                        }));
        AgroalDataSource ds;
        try {
            ds = AgroalDataSource.from(config);
        } catch (SQLException e) {
            throw new StoreException("cannot open the bridge database at " + settings.url() + ": " + e.getMessage()
                    + "; check store.url and that the volume or server is there", e);
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot migrate the bridge database at " + settings.url() + ": "
                    + e.getMessage(), e);
        }
        return new Database(ds);
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws anything (an
     * {@link Error} included: re-enabling auto-commit would otherwise commit a half-done transaction).
     */
    public <T> T inTransaction(Work<T> work) {
        return withConnection(c -> {
            c.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.run(c);
                c.commit();
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    c.rollback();
                }
                c.setAutoCommit(true);
            }
        });
    }

    private static Class<?> driverFor(String url) {
        String driver = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver";
        try {
            return Class.forName(driver, true, Database.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StoreException("the JDBC driver " + driver + " for " + url + " is missing", e);
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode (each statement its own transaction). */
    public <T> T withConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database operation failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only {@code work} on one snapshot of the database (repeatable read), so several statements see the
     * same state even while writers commit.
     */
    public <T> T inSnapshot(Work<T> work) {
        return withConnection(c -> {
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        });
    }

    /**
     * Runs an {@code INSERT ... SELECT ... WHERE NOT EXISTS (...)} in its own transaction; true when it inserted a
     * row, false when the row was there (also when a concurrent insert won the race).
     */
    public boolean insertIfAbsent(String sql, Object... args) {
        return withConnection(c -> {
            try {
                return Sql.update(c, sql, args) == 1;
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** True when {@code e} is a unique-key violation (SQLState 23505 on H2 and PostgreSQL). */
    public static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
