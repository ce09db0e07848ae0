package vn.giaymoi.domain.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Đường dẫn trường (field path) of a part of the input, as a value: {@code body[2].points[0]},
 * {@code body[1].session.date}. Findings, problems and fixes name the same part by it; it is built segment by
 * segment and read the same way, so nothing parses its text back.
 *
 * @param segments the steps from the document's root, at least one
 */
public record FieldPath(List<Segment> segments) {
    public FieldPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) throw new IllegalArgumentException("a field path needs a segment");
    }

    /**
     * One step: a field, and its position when the field is a list.
     *
     * @param name the field's name in the input ({@code body}, {@code points}, {@code session})
     * @param index the position in the list, or {@link #NO_INDEX} for a field that is not a list
     */
    public record Segment(String name, int index) {
        /** The index of a segment that is not a position in a list. */
        public static final int NO_INDEX = -1;

        public Segment {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) throw new IllegalArgumentException("a segment needs a name");
            if (index < NO_INDEX) throw new IllegalArgumentException("index " + index);
        }

        public boolean indexed() {
            return index != NO_INDEX;
        }

        @Override
        public String toString() {
            return indexed() ? name + "[" + index + "]" : name;
        }
    }

    /** The path of a field of the document: {@code subject}. */
    public static FieldPath of(String name) {
        return new FieldPath(List.of(new Segment(name, Segment.NO_INDEX)));
    }

    /** The path of an element of a list of the document: {@code body[2]}. */
    public static FieldPath of(String name, int index) {
        return new FieldPath(List.of(new Segment(name, index)));
    }

    /** The path of a field under this one: {@code body[2]} then {@code session} gives {@code body[2].session}. */
    public FieldPath field(String name) {
        return then(new Segment(name, Segment.NO_INDEX));
    }

    /** The path of an element of a list under this one: {@code body[2]} then {@code points}, 0. */
    public FieldPath element(String name, int index) {
        return then(new Segment(name, index));
    }

    private FieldPath then(Segment next) {
        List<Segment> longer = new ArrayList<>(segments);
        longer.add(next);
        return new FieldPath(longer);
    }

    /** The first segment's name: {@code body} for every point of the content. */
    public String root() {
        return segments.get(0).name();
    }

    /** The positions along the path, in order: {@code [2, 0]} for {@code body[2].points[0]}. */
    public List<Integer> indices() {
        return segments.stream().filter(Segment::indexed).map(Segment::index).toList();
    }

    /** The path as findings print it: {@code body[2].session.date}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Segment seg : segments) s.append(s.length() == 0 ? "" : ".").append(seg);
        return s.toString();
    }
}
