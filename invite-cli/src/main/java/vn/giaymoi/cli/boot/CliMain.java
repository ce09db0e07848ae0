package vn.giaymoi.cli.boot;

import picocli.CommandLine;
import vn.giaymoi.cli.command.GiaymoiCommand;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

/** Composition root of the {@code giaymoi} command line. */
public final class CliMain {
    private CliMain() {}

    /** The command line, wired; tests call this and {@code execute}. */
    public static CommandLine commandLine() {
        return GiaymoiCommand.commandLine(new InvitationFormat(), new InvitationRenderer());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
