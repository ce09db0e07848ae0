package vn.giaymoi.domain.invitation;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.meeting.Fact;
import vn.giaymoi.domain.text.RichText;

/**
 * Trình tạo mục (point builder): a point of the content with its marker, wording, typed fact and sub-points.
 *
 * <p>Immutable: every method returns a new builder, so one half-built value can be the start of several.
 * {@link #build()} makes the {@link Point}, which refuses what it cannot hold with an
 * {@link vn.giaymoi.domain.message.InvalidValueException}.
 */
public final class PointBuilder {
    private final Marker marker;
    private final RichText text;
    private final Fact fact;
    private final List<Point> points;

    private PointBuilder(Marker marker, RichText text, Fact fact, List<Point> points) {
        this.marker = marker;
        this.text = text;
        this.fact = fact;
        this.points = points;
    }

    /** An empty builder. */
    static PointBuilder empty() {
        return new PointBuilder(Marker.NONE, null, null, List.of());
    }

    /** The marker style; {@link Marker#NONE} for a plain paragraph. */
    public PointBuilder marker(Marker marker) {
        return new PointBuilder(marker, text, fact, points);
    }

    /** The wording. */
    public PointBuilder text(RichText text) {
        return new PointBuilder(marker, text, fact, points);
    }

    /** The typed fact the wording states, or {@code null}. */
    public PointBuilder fact(Fact fact) {
        return new PointBuilder(marker, text, fact, points);
    }

    /** The sub-points, replacing what was there. */
    public PointBuilder points(List<Point> points) {
        return new PointBuilder(marker, text, fact, List.copyOf(points));
    }

    /** The marker style by a sample: {@code 1.}, {@code a)}, {@code -}. */
    public PointBuilder marker(String sample) {
        return new PointBuilder(Marker.fromSample(sample), text, fact, points);
    }

    /** The wording, with {@code {placeholder}}s for the fact's values. */
    public PointBuilder text(String markup) {
        return new PointBuilder(marker, RichText.of(markup), fact, points);
    }

    /** One more sub-point, after the others. */
    public PointBuilder point(Point point) {
        List<Point> more = new ArrayList<>(points);
        more.add(point);
        return new PointBuilder(marker, text, fact, List.copyOf(more));
    }

    /** The {@link Point}. */
    public Point build() {
        return new Point(marker, text, fact, points);
    }
}
