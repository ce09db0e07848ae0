package vn.giaymoi.domain.rules;

import java.util.List;
import java.util.Locale;
import vn.giaymoi.domain.message.Messages;
import vn.giaymoi.domain.invitation.Invitation;

/**
 * Quy tắc (rule): one small named policy. A rule returns its findings as values and never throws for a document
 * it can read.
 */
public interface Rule {
    /** Stable identifier, e.g. {@code ND30-DATE-PAD}. */
    String id();

    /** What it checks, in Vietnamese (one line, for listings). */
    String title();

    /** The title in {@code locale} ({@code <id>.title} of the messages), or {@link #title()} when it has none. */
    default String title(Locale locale) {
        return Messages.has(locale, id() + ".title") || Messages.has(Messages.VI, id() + ".title")
                ? Messages.text(locale, id() + ".title") : title();
    }

    List<Finding> check(Invitation invitation, CheckContext context);

    /**
     * Checks an invitation already read: the engine reads a document once ({@link InvitationView}) and hands the
     * view to every rule. A rule that needs the outline, the facts or the texts overrides this; the default checks
     * the invitation itself.
     */
    default List<Finding> check(InvitationView view, CheckContext context) {
        return check(view.invitation(), context);
    }
}
