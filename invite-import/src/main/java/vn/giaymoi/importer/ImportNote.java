package vn.giaymoi.importer;

/**
 * Ghi chú khi nhập (one entry of the import report): a part of the source the importer could not type, or typed with
 * doubt, named by its paragraph so the author can find it.
 *
 * @param paragraph the 1-based paragraph index in the source (a line number for a text file), 0 when not tied to one
 * @param opening the paragraph's opening words
 * @param field the field path in the draft it concerns ({@code body[2].session}), or empty
 * @param level whether the part was left as text ({@link Level#UNRECOGNISED}) or typed with doubt
 * @param message what happened and what to check, in Vietnamese
 */
public record ImportNote(int paragraph, String opening, String field, Level level, String message) {
    /** How sure the importer is. */
    public enum Level { UNRECOGNISED, UNCERTAIN }

    /** {@code đoạn 12 ("Thời gian: 8 giờ…"): message}. */
    public String display() {
        String where = paragraph > 0 ? "đoạn " + paragraph + (opening.isEmpty() ? "" : " (\"" + opening + "…\")") : "";
        String tag = level == Level.UNRECOGNISED ? "chưa nhận ra" : "cần xem lại";
        return (where.isEmpty() ? "" : where + ": ") + "[" + tag + "] " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
