package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.List;
import java.util.Map;
import vn.giaymoi.domain.meeting.CombinedFact;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.text.RichText;
import vn.giaymoi.domain.text.Wording;

/**
 * Mục, khoản, điểm (a point of the content): a marker style, the author's wording, an optional typed fact the
 * wording shows through placeholders, and sub-points. Headings are worded freely ({@code Thời gian:},
 * {@code Thành phần dự Hội nghị}); numbers are computed by {@link Outline}.
 *
 * @param marker how the point is marked; {@link Marker#NONE} for a plain paragraph
 * @param text the wording, may name the fact's placeholders; {@code null} to use the fact's default wording
 * @param fact typed data this point carries (a session, venue, invitee, task …), or {@code null}
 * @param points sub-points, in order
 */
public record Point(Marker marker, RichText text, Fact fact, List<Point> points) {
    public Point {
        marker = marker == null ? Marker.NONE : marker;
        points = points == null ? List.of() : List.copyOf(points);
        if (text == null && (fact == null || fact.defaultWording() == null)) {
            throw InvalidValueException.of(ErrorCode.POINT_TEXT_MISSING, null);
        }
        if (text != null) {
            Wording.requireKnown(text.markup(), fact == null ? java.util.Set.of() : fact.placeholderNames());
        }
        resolve(text, fact); // a wording that cannot be filled in is refused here, where its path is known
    }

    /** A fluent, immutable builder of a {@code Point}. */
    public static PointBuilder builder() {
        return PointBuilder.empty();
    }

    private static RichText resolve(RichText text, Fact fact) {
        String template = text != null ? text.markup() : fact.defaultWording();
        Map<String, Object> values = fact == null || template.indexOf('{') < 0 ? Map.of() : fact.placeholders();
        String resolved = Wording.resolve(template, values);
        // a wording without placeholders is the point's own text, already normalised: not normalised again
        return text != null && resolved.equals(template) ? text : RichText.of(resolved);
    }

    public static Point paragraph(String text) {
        return new Point(Marker.NONE, RichText.of(text), null, List.of());
    }

    public static Point of(Marker marker, String text, Point... points) {
        return new Point(marker, RichText.of(text), null, List.of(points));
    }

    public static Point of(Marker marker, String text, Fact fact, Point... points) {
        return new Point(marker, RichText.ofNullable(text), fact, List.of(points));
    }

    /** The wording with the fact's values filled in, emphasis markup kept. */
    public RichText resolvedText() {
        return resolve(text, fact);
    }

    /** The fact, or the part of a combined fact, when it is of {@code type}. */
    public <T extends Fact> java.util.Optional<T> fact(Class<T> type) {
        return facts().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The facts this point carries: none, one, or the parts of a {@link CombinedFact}. */
    public List<Fact> facts() {
        if (fact == null) return List.of();
        return fact instanceof CombinedFact c ? c.parts() : List.of(fact);
    }
}
