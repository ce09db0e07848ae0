package vn.giaymoi.domain.rules;

import java.util.List;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.message.MessageRef;
import vn.giaymoi.domain.message.Messages;

/**
 * Quy tắc cơ sở (base of the standard rules): the id, the one-line title and the decree section every finding of
 * the rule cites, so a rule class holds only its check.
 */
abstract class AbstractRule implements Rule {
    private final String id;
    private final String title;
    private final String basis;

    AbstractRule(String id, String title, String basis) {
        this.id = id;
        this.title = title;
        this.basis = basis;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The Vietnamese title from the messages ({@code <id>.title}), or the one written in the code. */
    @Override
    public final String title() {
        return Messages.has(Messages.VI, id + ".title") ? title(Messages.VI) : title;
    }

    /** Checks {@code invitation} on its own: reads it into a view first. */
    @Override
    public final List<Finding> check(Invitation invitation, CheckContext context) {
        return check(InvitationView.of(invitation), context);
    }

    @Override
    public abstract List<Finding> check(InvitationView view, CheckContext context);

    /** The section the rule rests on: {@code NĐ 30/2020 PL I §II.4.b}. */
    final String basis() {
        return basis;
    }

    /**
     * Message {@code n} of this rule, with its values: the key {@code <id>.message} for 1, {@code <id>.message.<n>}
     * after it, in {@code giaymoi-messages/messages_<language>.properties}.
     */
    final MessageRef text(int n, Object... args) {
        return MessageRef.of(id + ".message" + (n == 1 ? "" : "." + n), args);
    }

    final Finding error(String path, MessageRef message, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.ERROR, path, message, expected, actual, basis, fix);
    }

    final Finding warning(String path, MessageRef message, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.WARNING, path, message, expected, actual, basis, fix);
    }

    final Finding hint(String path, MessageRef message, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.HINT, path, message, expected, actual, basis, fix);
    }

    /** A finding whose texts are written in the code: prefer {@link #text} and the messages files. */
    final Finding error(String path, String vi, String en, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.ERROR, path, vi, en, expected, actual, basis, fix);
    }

    final Finding warning(String path, String vi, String en, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.WARNING, path, vi, en, expected, actual, basis, fix);
    }

    final Finding hint(String path, String vi, String en, String expected, String actual, Fix fix) {
        return new Finding(id, Severity.HINT, path, vi, en, expected, actual, basis, fix);
    }

    @Override
    public String toString() {
        return id;
    }
}
