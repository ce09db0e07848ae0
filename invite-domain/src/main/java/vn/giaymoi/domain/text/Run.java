package vn.giaymoi.domain.text;

/** Đoạn chữ (text run): a stretch of text with one emphasis. */
public record Run(String text, boolean bold, boolean italic) {
    public Run {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("đoạn chữ rỗng");
    }
}
