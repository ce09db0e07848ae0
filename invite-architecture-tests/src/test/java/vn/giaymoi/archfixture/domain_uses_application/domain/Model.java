package vn.giaymoi.archfixture.domain_uses_application.domain;

/** Violates modules_respect_the_allowed_graph: the model must not know the use cases. */
public final class Model {
    private vn.giaymoi.archfixture.domain_uses_application.application.UseCase useCase;
}
