package vn.giaymoi.archfixture.cli_uses_web.cli.command;

/** Violates edges_do_not_depend_on_each_other: cli reaches into web. */
public final class Command {
    private vn.giaymoi.archfixture.cli_uses_web.web.http.Routes routes;
}
