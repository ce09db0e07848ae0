package vn.giaymoi.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One transaction on a pooled connection: commits the work's result, or rolls everything back and rethrows. */
final class Transactions {
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;

    Transactions(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** A transaction that writes (on SQLite: the only writer until it ends). */
    <T> T writing(Work<T> work) {
        return run(true, work);
    }

    /** A transaction that only reads. */
    <T> T reading(Work<T> work) {
        return run(false, work);
    }

    private <T> T run(boolean writes, Work<T> work) {
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
