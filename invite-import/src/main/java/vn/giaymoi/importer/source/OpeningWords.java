package vn.giaymoi.importer.source;

/** Lời mở đầu của đoạn (a paragraph's opening words), to name it in a report: {@code "Thời gian: 8 giờ…"}. */
public final class OpeningWords {
    private OpeningWords() {}

    public static String of(String text) {
        String[] words = text.strip().replace("*", "").split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(6, words.length); i++) b.append(i == 0 ? "" : " ").append(words[i]);
        return b.length() > 48 ? b.substring(0, 48) : b.toString();
    }
}
