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
    /** Commands that check what they read against the rules. */
    private static final Set<String> CHECKING = Set.of("check", "fix");

    private CliMain() {}

    /** The command line, wired for real use. */
    public static CommandLine commandLine() {
        return GiaymoiCommand.commandLine(context(new InvitationFormat(), new StandardRules()));
    }

    private static CliContext context(InvitationFormat format, Supplier<RuleEngine> rules) {
        return new CliContext(format, new InvitationRenderer(), rules, new FindingsJson(),
                Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), System.console() != null);
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
        StandardRules rules = new StandardRules();
        if (args.length > 0 && READING.contains(args[0])) {
            // the reader's deserializers and its validator, each a third of a check, built while picocli parses: on
            // two threads, because neither needs the other and together they are longer than picocli's part; the
            // rules after the deserializers, so that they are ready when the validator is (built when the first file
            // was checked, they came after the validator, on one thread while the other core had nothing to do)
            boolean checking = CHECKING.contains(args[0]);
            WorkAhead.start("giaymoi-prepare-parser", () -> {
                format.prepareParser(Syntax.YAML);
                if (checking) rules.get();
            });
            WorkAhead.start("giaymoi-prepare-limits", format::prepareLimits);
        }
        System.exit(GiaymoiCommand.commandLine(context(format, rules), args).execute(args));
    }
}
