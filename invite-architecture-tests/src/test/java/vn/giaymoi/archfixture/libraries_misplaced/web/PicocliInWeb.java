package vn.giaymoi.archfixture.libraries_misplaced.web;

/** Violates the picocli confinement (cli only). */
public final class PicocliInWeb {
    private picocli.CommandLine commandLine;
}
