package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Bộ kiểm tra (rule engine): runs a list of rules and returns every finding, errors first, then by field path.
 * Immutable and thread-safe.
 */
public final class RuleEngine {
    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the product. */
    public static RuleEngine standard() {
        return new RuleEngine(StandardRules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> check(Invitation invitation, CheckContext context) {
        return check(InvitationView.of(invitation), context);
    }

    /** Checks a document read once: every rule gets the same {@code view}. */
    public List<Finding> check(InvitationView view, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (FormatRules.applies(rule, view.invitation())) out.addAll(rule.check(view, context));
        }
        out.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::path));
        return List.copyOf(out);
    }

    /** True when no finding is an error. */
    public static boolean passes(List<Finding> findings) {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** Applies every certain fix of {@code findings}, in order. */
    public static Invitation applyFixes(Invitation invitation, List<Finding> findings) {
        Invitation fixed = invitation;
        for (Finding f : findings) {
            if (f.fix() != null) fixed = f.fix().apply(fixed);
        }
        return fixed;
    }
}
