package vn.giaymoi.importer.source;

import java.util.List;

/**
 * Dòng của văn bản nguồn (one line of a source document): a paragraph, or one row of paragraphs side by side (the
 * two cells of a header table, or text on both sides of a tab), with what the importer may use of its look.
 *
 * @param paragraph the 1-based paragraph index of its first cell in the source, for the import report
 * @param columns the text of each column (one for an ordinary paragraph); partial emphasis kept as {@code **…**}
 *     and {@code *…*}
 * @param bold whether each column's text is bold throughout (from run formatting or the paragraph style)
 * @param indent the indentation depth when the source shows one (leading spaces of a text line, a Word list level),
 *     else -1
 * @param listSample the marker a Word numbering list draws before the text ({@code 1.}, {@code a)}, {@code -}), or
 *     empty when the marker is typed or absent
 * @param continues true when this line follows a soft line break inside the same paragraph
 */
public record Line(int paragraph, List<String> columns, List<Boolean> bold, int indent, String listSample,
        boolean continues) {
    public Line {
        columns = List.copyOf(columns);
        bold = List.copyOf(bold);
    }

    /** The columns joined with a tab, as a reader would see them. */
    public String text() {
        return String.join("\t", columns);
    }

    public boolean isBlank() {
        return columns.stream().allMatch(String::isBlank);
    }
}
