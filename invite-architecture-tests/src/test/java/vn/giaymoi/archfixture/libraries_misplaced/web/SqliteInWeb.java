package vn.giaymoi.archfixture.libraries_misplaced.web;

/** Violates the JDBC driver confinement (store only): the web names a database only by its URL. */
public final class SqliteInWeb {
    private org.sqlite.SQLiteConfig config;
}
