package vn.giaymoi.archfixture.libraries_misplaced.render;

/** Violates the HikariCP confinement (store only). */
public final class HikariInRender {
    private com.zaxxer.hikari.HikariDataSource dataSource;
}
