package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Giao dịch (one transaction per store call) on a pooled connection, begun as the {@link Dialect} needs: commits the
 * result, or rolls everything back and rethrows; a database error becomes a {@link StoreException}.
 */
final class Transactions {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Dialect dialect;

    Transactions(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction that writes (on SQLite: the only writer until it ends). */
    <T> T writing(Work<T> work) {
        return inTransaction(true, work);
    }

    /** Runs {@code work} in one transaction that only reads (on SQLite: beside a writer, on a snapshot). */
    <T> T reading(Work<T> work) {
        return inTransaction(false, work);
    }

    private <T> T inTransaction(boolean writes, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            dialect.begin(c, writes);
            try {
                T result = work.run(c);
                dialect.commit(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    dialect.rollback(c);
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("lỗi cơ sở dữ liệu, chưa có gì được lưu: " + e.getMessage(), e);
        }
    }
}
