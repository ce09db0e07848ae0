package vn.giaymoi.cli.boot;

import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine;
import vn.giaymoi.cli.command.CliContext;
import vn.giaymoi.cli.command.GiaymoiCommand;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

/** Composition root of the {@code giaymoi} command line: the only place that reads the clock and the terminal. */
public final class CliMain {
    private CliMain() {}

    /** The command line, wired for real use. */
    public static CommandLine commandLine() {
        return GiaymoiCommand.commandLine(new CliContext(new InvitationFormat(), new InvitationRenderer(),
                RuleEngine.standard(), new FindingsJson(), Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), System.console() != null));
    }

    public static void main(String[] args) {
        CliLogging.install();
        System.exit(commandLine().execute(args));
    }
}
