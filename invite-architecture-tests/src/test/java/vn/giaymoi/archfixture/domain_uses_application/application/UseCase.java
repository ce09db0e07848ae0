package vn.giaymoi.archfixture.domain_uses_application.application;

/** Fixture: a use case. */
public interface UseCase {}
