package vn.giaymoi.archfixture.compliant.cli.boot;

/** Fixture: the CLI composition root wires picocli, the commands and the store. */
public final class CliMain {
    private final vn.giaymoi.archfixture.compliant.store.MeetingStore store = new vn.giaymoi.archfixture.compliant.store.MeetingStore();

    public int run(String... args) {
        return new picocli.CommandLine(new vn.giaymoi.archfixture.compliant.cli.command.RenderCommand()).execute(args);
    }
}
