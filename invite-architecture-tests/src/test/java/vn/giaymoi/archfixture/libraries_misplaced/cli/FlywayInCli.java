package vn.giaymoi.archfixture.libraries_misplaced.cli;

/** Violates the Flyway confinement (store only). */
public final class FlywayInCli {
    private org.flywaydb.core.Flyway flyway;
}
