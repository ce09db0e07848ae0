package vn.giaymoi.archfixture.application_uses_picocli.application;

/** Violates domain_uses_only_the_jdk: a use case depends on picocli. */
public final class UseCaseWithCli {
    private picocli.CommandLine commandLine;
}
