package vn.giaymoi.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Vị trí trong tệp nguồn (source positions): where each field path of an input text ({@code body[2].session.date})
 * is written, read in one streaming pass of the same parser the format uses. A field's position is its key's; a
 * list item's is the item's. Scalars also keep their exact character span, so a value can be edited in place.
 */
public final class SourcePositions {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonFactory YAML = new YAMLFactory();

    /** A 1-based line and column; 0:0 when unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    /**
     * A scalar value as written.
     *
     * @param start offset (in chars) of its first character, the opening quote or block indicator included
     * @param end offset just after its last character
     * @param position where it starts
     */
    record Scalar(int start, int end, Position position) {}

    private final Map<String, Position> starts;
    private final Map<String, Scalar> scalars;

    private SourcePositions(Map<String, Position> starts, Map<String, Scalar> scalars) {
        this.starts = starts;
        this.scalars = scalars;
    }

    /** No positions: for a result that was not read from a text. */
    public static SourcePositions none() {
        return new SourcePositions(Map.of(), Map.of());
    }

    /** Indexes a file (UTF-8, in the syntax its name says); no positions when it cannot be read. */
    public static SourcePositions of(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return of(text.startsWith("\uFEFF") ? text.substring(1) : text, Syntax.of(file));
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    /**
     * Indexes {@code text}. A text the parser cannot read to its end keeps the positions read so far: positions
     * are a courtesy, problems are still reported by field path.
     */
    public static SourcePositions of(String text, Syntax syntax) {
        Map<String, Position> starts = new HashMap<>();
        Map<String, Scalar> scalars = new HashMap<>();
        Offsets offsets = new Offsets(text, syntax);
        try (JsonParser p = (syntax == Syntax.JSON ? JSON : YAML).createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                String path = path(p.getParsingContext().pathAsPointer());
                JsonLocation at = p.currentTokenLocation();
                Position position = new Position(at.getLineNr(), at.getColumnNr());
                starts.putIfAbsent(path, position);
                if (t.isScalarValue()) {
                    p.getText(); // finishes a lazily read token, so the current location is its end
                    scalars.put(path, new Scalar(offsets.chars(at.getCharOffset()),
                            offsets.chars(p.currentLocation().getCharOffset()), position));
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep what was read before the parser stopped
        }
        return new SourcePositions(starts, scalars);
    }

    /** Where {@code path} is written, if it is. */
    public Optional<Position> exact(String path) {
        return Optional.ofNullable(starts.get(path));
    }

    /**
     * Where {@code path} is written, or else the closest enclosing path that is ({@code date.day} written as
     * {@code date: 2026-05-05} is at {@code date}); empty when nothing of it is.
     */
    public Optional<Position> nearest(String path) {
        String p = path;
        while (true) {
            Position at = starts.get(p);
            if (at != null) return Optional.of(at);
            if (p.isEmpty()) return Optional.empty();
            p = parent(p);
        }
    }

    /** The scalar written at exactly {@code path}. */
    Optional<Scalar> scalar(String path) {
        return Optional.ofNullable(scalars.get(path));
    }

    /** {@code body[2].text} → {@code body[2]} → {@code body} → {@code ""}. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** A JSON pointer as the format's field path: {@code /body/2/text} → {@code body[2].text}. */
    static String path(JsonPointer ptr) {
        StringBuilder b = new StringBuilder();
        for (JsonPointer p = ptr; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                b.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (b.length() > 0) b.append('.');
                b.append(p.getMatchingProperty());
            }
        }
        return b.toString();
    }

    /** SnakeYAML counts offsets in code points, Jackson's JSON parser in chars; edits need chars. */
    private record Offsets(String text, boolean codePoints) {
        Offsets(String text, Syntax syntax) {
            this(text, syntax == Syntax.YAML && text.chars().anyMatch(c -> Character.isSurrogate((char) c)));
        }

        int chars(long offset) {
            int o = (int) Math.min(offset, Integer.MAX_VALUE);
            return codePoints ? text.offsetByCodePoints(0, o) : o;
        }
    }
}
