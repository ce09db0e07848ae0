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
    /** The fixed "today" of every test: Friday 2026-05-01. */
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    public static CliRun of(String... args) {
        return with(RuleEngine.standard(), false, args);
    }

    /** A run as if on a terminal (progress bar allowed). */
    public static CliRun onTerminal(String... args) {
        return with(RuleEngine.standard(), true, args);
    }

    public static CliRun with(RuleEngine rules, boolean terminal, String... args) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneOffset.ofHours(7));
        CommandLine cli = GiaymoiCommand.commandLine(new CliContext(new InvitationFormat(), new InvitationRenderer(),
                rules, new FindingsJson(), clock, terminal));
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
