package vn.giaymoi.archfixture.libraries_misplaced.web.http;

/** Violates the JDBC confinement (store only). */
public final class SqlInWeb {
    private java.sql.Connection connection;
}
