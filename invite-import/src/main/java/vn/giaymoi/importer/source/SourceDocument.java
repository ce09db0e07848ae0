package vn.giaymoi.importer.source;

import java.util.List;

/**
 * Văn bản nguồn (a source document) as lines in reading order, whatever it was read from.
 *
 * @param name the file name, for messages
 * @param kind what it was read from
 * @param lines the lines in reading order
 */
public record SourceDocument(String name, Kind kind, List<Line> lines) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }

    /** What a source was read from. */
    public enum Kind { DOCX, TXT, PDF }
}
