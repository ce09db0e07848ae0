package vn.giaymoi.archfixture.compliant.cli.command;

/** Fixture: a command uses picocli, format and render, never the store. */
@picocli.CommandLine.Command(name = "render")
public final class RenderCommand implements java.util.concurrent.Callable<Integer> {
    private final vn.giaymoi.archfixture.compliant.format.MeetingReader reader = new vn.giaymoi.archfixture.compliant.format.MeetingReader();
    private final vn.giaymoi.archfixture.compliant.render.MeetingRenderer renderer = new vn.giaymoi.archfixture.compliant.render.MeetingRenderer();

    @Override
    public Integer call() throws java.io.IOException {
        renderer.render(reader.read("{}"));
        return 0;
    }
}
