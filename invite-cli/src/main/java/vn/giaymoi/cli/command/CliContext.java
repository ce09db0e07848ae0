package vn.giaymoi.cli.command;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.FindingsJson;
import vn.giaymoi.format.InvitationFormat;
import vn.giaymoi.render.InvitationRenderer;

/**
 * Công cụ dùng chung (what the commands need), built once by the composition root ({@code CliMain}) or a test.
 *
 * @param format reads and writes invitation files
 * @param renderer draws invitations
 * @param rules the rule engine
 * @param findingsJson writes check results as JSON
 * @param clock today's date comes from here and nowhere else
 * @param terminal true when the output is a terminal (a progress bar may be drawn)
 */
public record CliContext(InvitationFormat format, InvitationRenderer renderer, RuleEngine rules,
        FindingsJson findingsJson, Clock clock, boolean terminal) {
    public CliContext {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(findingsJson, "findingsJson");
        Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
