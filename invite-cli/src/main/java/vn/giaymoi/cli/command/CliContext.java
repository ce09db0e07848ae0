package vn.giaymoi.cli.command;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Công cụ dùng chung (what the commands need), built once by the composition root ({@code CliMain}) or a test.
 *
 * @param format reads and writes invitation files
 * @param renderer draws invitations
 * @param ruleEngine the rule engine, asked for when a command checks (built on first use by the composition root: a
 *     {@code render} never builds the rules)
 * @param findingsJson writes check results as JSON
 * @param clock today's date comes from here and nowhere else
 * @param terminal true when the output is a terminal (a progress bar may be drawn)
 */
public record CliContext(InvitationFormat format, InvitationRenderer renderer, Supplier<RuleEngine> ruleEngine,
        FindingsJson findingsJson, Clock clock, boolean terminal) {
    public CliContext {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(ruleEngine, "ruleEngine");
        Objects.requireNonNull(findingsJson, "findingsJson");
        Objects.requireNonNull(clock, "clock");
    }

    /** A context with rules built already (tests). */
    public CliContext(InvitationFormat format, InvitationRenderer renderer, RuleEngine rules, FindingsJson findingsJson,
            Clock clock, boolean terminal) {
        this(format, renderer, constant(Objects.requireNonNull(rules, "rules")), findingsJson, clock, terminal);
    }

    private static Supplier<RuleEngine> constant(RuleEngine rules) {
        return () -> rules;
    }

    /** The rule engine. */
    public RuleEngine rules() {
        return ruleEngine.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
