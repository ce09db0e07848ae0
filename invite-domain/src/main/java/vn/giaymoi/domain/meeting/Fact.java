package vn.giaymoi.domain.meeting;

import java.util.Map;

/**
 * Dữ kiện (typed fact) carried by a point of the content: a session, a venue, an invitee, a task.
 *
 * <p>The point shows the fact through its wording; {@link #placeholders()} are the values that wording may use
 * and {@link #defaultWording()} is used when the author wrote none.
 */
public interface Fact {
    /** Values the wording may name, by placeholder name. Absent values are left out. */
    Map<String, Object> placeholders();

    /** Wording used when the point has none of its own, or {@code null} when the fact cannot word itself. */
    String defaultWording();

    /** Every placeholder name this kind of fact offers, present or not. */
    java.util.Set<String> placeholderNames();
}
