package vn.giaymoi.cli.boot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import vn.giaymoi.cli.batch.WorkAhead;
import vn.giaymoi.cli.command.CliContext;
import vn.giaymoi.cli.command.GiaymoiCommand;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.format.Syntax;
import vn.giaymoi.render.InvitationRenderer;

/** Composition root of the {@code giaymoi} command line: the only place that reads the clock and the terminal. */
public final class CliMain {
    /** Commands whose first step is reading invitation files. */
    private static final Set<String> READING = Set.of("check", "render", "fix");

    private CliMain() {}

    /** The command line, wired for real use. */
    public static CommandLine commandLine() {
        return commandLine(new InvitationFormat());
    }

    private static CommandLine commandLine(InvitationFormat format) {
        return GiaymoiCommand.commandLine(new CliContext(format, new InvitationRenderer(), new StandardRules(),
                new FindingsJson(), Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), System.console() != null));
    }

    /** The standard rules, built by the first command that checks: a {@code render} has no use for them. */
    private static final class StandardRules implements Supplier<RuleEngine> {
        private RuleEngine engine;

        @Override
        public synchronized RuleEngine get() {
            if (engine == null) engine = RuleEngine.standard();
            return engine;
        }
    }

    public static void main(String[] args) {
        CliLogging.install();
        InvitationFormat format = new InvitationFormat();
        if (args.length > 0 && READING.contains(args[0])) {
            // the reader's deserializers and its validator, each a third of a check, built while picocli parses: on
            // two threads, because neither needs the other and together they are longer than picocli's part
            WorkAhead.start("giaymoi-prepare-parser", () -> format.prepareParser(Syntax.YAML));
            WorkAhead.start("giaymoi-prepare-limits", format::prepareLimits);
        }
        System.exit(commandLine(format).execute(args));
    }
}
