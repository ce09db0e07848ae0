package vn.giaymoi.archfixture.web_uses_cli.web.http;

/** Violates edges_do_not_depend_on_each_other: web reaches into cli. */
public final class Handler {
    private vn.giaymoi.archfixture.web_uses_cli.cli.command.Command command;
}
