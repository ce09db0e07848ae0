package vn.giaymoi.archfixture.compliant.store;

/** Fixture: JDBC, Flyway, HikariCP and Jackson in store are allowed; store may use format. */
public final class MeetingStore {
    private final vn.giaymoi.archfixture.compliant.format.MeetingReader reader = new vn.giaymoi.archfixture.compliant.format.MeetingReader();
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    private com.zaxxer.hikari.HikariDataSource dataSource;
    private org.flywaydb.core.Flyway flyway;

    public vn.giaymoi.archfixture.compliant.domain.Meeting load(java.sql.Connection connection, String json) throws java.io.IOException {
        return reader.read(json);
    }
}
