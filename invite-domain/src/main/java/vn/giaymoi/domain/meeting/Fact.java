package vn.giaymoi.domain.meeting;

import java.util.Map;

/**
 * Dữ kiện (typed fact) carried by a point of the content: a session, a venue, an invitee, a task.
 *
 * <p>The point shows the fact through its wording; {@link #placeholders()} are the values that wording may use
 * and {@link #defaultWording()} is used when the author wrote none.
 *
 * <p>Sealed: the input format, the renderers and the rules handle every kind of fact, so a new kind is added here
 * and the compiler then shows each place that must learn it. Every kind lives in this package, so the hierarchy is
 * legal for the compiler in the unnamed module too (JLS 8.1.6), not only in the named module
 * {@code vn.giaymoi.domain}: the sources compile and the jar loads on the class path as well as on the module path.
 */
public sealed interface Fact
        permits Session, Venue, AttendeeGroup, Invitee, AgendaItem, Assignment, Programme, Requirement, CombinedFact {
    /** Values the wording may name, by placeholder name. Absent values are left out. */
    Map<String, Object> placeholders();

    /** Wording used when the point has none of its own, or {@code null} when the fact cannot word itself. */
    String defaultWording();

    /** Every placeholder name this kind of fact offers, present or not. */
    java.util.Set<String> placeholderNames();
}
