package vn.giaymoi.domain.invitation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.giaymoi.domain.text.RichText;

/**
 * Dàn ý đã đánh số (numbered outline) of the content: every point with its computed label, resolved wording,
 * depth and field path ({@code body[3].points[0]}), in reading order. Renderers and rules read this, so the
 * numbering is computed in one place.
 */
public record Outline(List<Entry> entries) {
    public Outline {
        entries = List.copyOf(entries);
    }

    /**
     * A numbered point.
     *
     * @param label the computed marker: {@code 2.}, {@code 5.1.}, {@code đ)}, {@code -}, or empty
     * @param text the wording with placeholders filled in
     * @param point the point itself
     * @param depth 0 for top-level points
     * @param fieldPath the field path of the point in the input
     * @param children numbered sub-points
     */
    public record Entry(String label, RichText text, Point point, int depth, FieldPath fieldPath, List<Entry> children) {
        public Entry {
            children = List.copyOf(children);
        }

        /** The field path as findings print it: {@code body[3].points[0]}. */
        public String path() {
            return fieldPath.toString();
        }

        /** The label and the plain wording: {@code 2. Địa điểm: …}. */
        public String plainLine() {
            return label.isEmpty() ? text.plain() : label + " " + text.plain();
        }
    }

    /** Numbers {@code points}, the list named {@code field} at the document's root ({@code body}). */
    public static Outline of(List<Point> points, String field) {
        return new Outline(number(points, null, field, 0, ""));
    }

    /** {@code parent} is the path of the point whose sub-points these are, or {@code null} at the root. */
    private static List<Entry> number(List<Point> points, FieldPath parent, String field, int depth, String parentLabel) {
        Map<Marker, Integer> counters = new EnumMap<>(Marker.class);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int index = counters.merge(p.marker(), 1, Integer::sum) - 1;
            String label = p.marker().label(index, parentLabel);
            FieldPath here = parent == null ? FieldPath.of(field, i) : parent.element(field, i);
            List<Entry> children = number(p.points(), here, "points", depth + 1, label);
            out.add(new Entry(label, p.resolvedText(), p, depth, here, children));
        }
        return out;
    }

    /** Visits every entry depth-first, in reading order. */
    public void forEach(Consumer<Entry> visitor) {
        walk(entries, visitor);
    }

    private static void walk(List<Entry> entries, Consumer<Entry> visitor) {
        for (Entry e : entries) {
            visitor.accept(e);
            walk(e.children(), visitor);
        }
    }

    /** Every entry, flattened in reading order. */
    public List<Entry> flatten() {
        List<Entry> all = new ArrayList<>();
        forEach(all::add);
        return List.copyOf(all);
    }
}
