package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Giao dịch (one transaction per store call) on a pooled connection, begun as the {@link Dialect} needs: commits the
 * result, or rolls everything back and rethrows; a database error becomes a {@link StoreException}.
 *
 * <p>A call made while this thread already holds a writing transaction on the same data source (opened by
 * {@link #writing} of any store of the database) joins it instead: several stores' writes, such as a lifecycle step
 * and its audit line, then commit or roll back together.
 */
final class Transactions {
    /** The writing transaction this thread holds, by data source. */
    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private record Open(DataSource dataSource, Connection connection) {}

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

    /**
     * Runs {@code work} in one transaction that writes (on SQLite: the only writer until it ends); the store calls
     * {@code work} makes on this thread join it.
     */
    <T> T writing(Work<T> work) {
        return inTransaction(true, work);
    }

    /** Runs {@code work} in one transaction that only reads (on SQLite: beside a writer, on a snapshot). */
    <T> T reading(Work<T> work) {
        return inTransaction(false, work);
    }

    /** Whether a call on this thread joins a writing transaction it already holds on this data source. */
    boolean joins() {
        Open open = OPEN.get();
        return open != null && open.dataSource() == dataSource;
    }

    private <T> T inTransaction(boolean writes, Work<T> work) {
        Open open = OPEN.get();
        if (open != null && open.dataSource() == dataSource) return joined(open.connection(), work);
        try (Connection c = dataSource.getConnection()) {
            dialect.begin(c, writes);
            boolean holds = writes && open == null; // the transaction others of this thread join
            if (holds) OPEN.set(new Open(dataSource, c));
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
            } finally {
                if (holds) OPEN.remove();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs {@code work} inside the transaction this thread holds; its owner commits or rolls back. */
    private static <T> T joined(Connection c, Work<T> work) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static StoreException failed(SQLException e) {
        return new StoreException("lỗi cơ sở dữ liệu, chưa có gì được lưu: " + e.getMessage(), e);
    }
}
