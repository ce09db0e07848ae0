package vn.giaymoi.format;

/**
 * Lỗi đầu vào (input problem): where a file is wrong and what was expected.
 *
 * @param source the file name, or {@code <input>}
 * @param path the field path ({@code body[2].session.date}), or empty for a syntax error
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and what to write instead, in Vietnamese
 */
public record InputProblem(String source, String path, int line, int column, String message) {
    /** {@code seed.yaml:12:5: body[2].session.date: …}. */
    public String display() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) b.append(':').append(line).append(':').append(column);
        b.append(": ");
        if (!path.isEmpty()) b.append(path).append(": ");
        return b.append(message).toString();
    }
}
