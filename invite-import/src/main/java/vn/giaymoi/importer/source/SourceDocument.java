package vn.giaymoi.importer.source;

import java.util.List;

/**
 * Văn bản nguồn (a source document) as lines in reading order, whatever it was read from.
 *
 * @param name the file name, for messages
 * @param kind what it was read from
 * @param lines the lines in reading order
 * @param outlined true when the source names its body's structure (giaymoi's own DOCX styles: the opening and each
 *     point's level), so that {@code opening} and the lines' indents are facts, not guesses
 * @param opening the paragraph of the opening when {@code outlined}, else 0
 */
public record SourceDocument(String name, Kind kind, List<Line> lines, boolean outlined, int opening) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }

    /** A source whose structure is read from its look. */
    public SourceDocument(String name, Kind kind, List<Line> lines) {
        this(name, kind, lines, false, 0);
    }

    /** What a source was read from. */
    public enum Kind { DOCX, TXT, PDF }
}
