package vn.giaymoi.importer.format;

/**
 * Lỗi thể thức của tệp Word (a format finding on a DOCX as it is), with the paragraph it is about.
 *
 * @param ruleId stable id, {@code ND30-DOCX-…}
 * @param error true for an error, false for a warning
 * @param paragraph the 1-based paragraph index (as the import report counts), 0 for the page setup
 * @param opening the paragraph's opening words
 * @param message what is wrong, in Vietnamese
 * @param expected what the decree asks for
 * @param actual what the file has
 * @param basis the citation: {@code NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.3}
 */
public record FormatFinding(String ruleId, boolean error, int paragraph, String opening, String message,
        String expected, String actual, String basis) {

    /** {@code [ND30-DOCX-MARGINS] đoạn 3 ("CỘNG HÒA…"): … (cần: …; đang có: …) — căn cứ}. */
    public String display() {
        String where = paragraph > 0 ? " đoạn " + paragraph + (opening.isEmpty() ? "" : " (\"" + opening + "…\")") : "";
        return (error ? "LỖI" : "CẢNH BÁO") + " [" + ruleId + "]" + where + ": " + message + " (cần: " + expected
                + "; đang có: " + actual + ") — " + basis;
    }
}
