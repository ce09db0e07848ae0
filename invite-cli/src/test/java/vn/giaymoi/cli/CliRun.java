package vn.giaymoi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import picocli.CommandLine;
import vn.giaymoi.cli.command.CliContext;
import vn.giaymoi.cli.command.GiaymoiCommand;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

/** One run of {@code giaymoi} through {@code CommandLine.execute}, with its exit code and captured streams (P11). */
public record CliRun(int exitCode, String out, String err) {
    /** The fixed "today" of every test: Tuesday 2026-05-05, the issue date of the domain fixtures. */
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    public static CliRun of(String... args) {
        return with(RuleEngine.standard(), false, args);
    }

    /**
     * A run with only the day-padding rule, for tests of the command's own behaviour (layout, exit codes, batches)
     * that must not change when rules are added.
     */
    public static CliRun padOnly(String... args) {
        return with(padRule(), false, args);
    }

    public static RuleEngine padRule() {
        return new RuleEngine(RuleEngine.standard().rules().stream().filter(r -> r.id().equals("ND30-DATE-PAD")).toList());
    }

    /** A run as if on a terminal (progress bar allowed). */
    public static CliRun onTerminal(String... args) {
        return with(padRule(), true, args);
    }

    public static CliRun with(RuleEngine rules, boolean terminal, String... args) {
        return with(rules, terminal, fixedClock(), args);
    }

    /** A run on the real clock (signing and verifying against certificates made for today). */
    public static CliRun now(String... args) {
        return with(RuleEngine.standard(), false, Clock.systemUTC(), args);
    }

    private static CliRun with(RuleEngine rules, boolean terminal, Clock clock, String... args) {
        return run(GiaymoiCommand.commandLine(context(rules, terminal, clock), args), args);
    }

    /** A run in the whole command tree, every subcommand added (as the help and {@code completion} have it). */
    public static CliRun inWholeTree(String... args) {
        return run(GiaymoiCommand.commandLine(context(padRule(), false, fixedClock())), args);
    }

    private static Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneOffset.ofHours(7));
    }

    private static CliContext context(RuleEngine rules, boolean terminal, Clock clock) {
        return new CliContext(new InvitationFormat(), new InvitationRenderer(), rules, new FindingsJson(), clock, terminal);
    }

    private static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
}
