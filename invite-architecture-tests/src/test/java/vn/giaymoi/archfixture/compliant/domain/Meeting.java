package vn.giaymoi.archfixture.compliant.domain;

/** Fixture: a domain value that uses only the JDK. */
public record Meeting(String subject, java.time.LocalDateTime start) {}
