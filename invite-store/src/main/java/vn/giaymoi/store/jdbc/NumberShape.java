package vn.giaymoi.store.jdbc;

import java.util.List;

/**
 * Số văn bản gõ vào ô tìm (a query shaped like a document number): a typed word that is a number followed, in the
 * same word, by a symbol ({@code 01/GM-SNV}, {@code 15/GM-UB}, {@code 01/GM}); not a date ({@code 01/12}, whose pair
 * is in every invitation of that day). Its first pair ({@code 01gm}) is in the full-text index only where that number
 * of a series starting so is written, a few thousand invitations of a province at most, so the store asks the index
 * first instead of reading the latest invitations to see how common it is. This only chooses the way of reading:
 * what matches is the same phrase test as for any other words.
 */
final class NumberShape {
    private NumberShape() {}

    /** Whether one of the {@code phrases} ({@link SearchText#phrases}) is a number followed by a symbol's words. */
    static boolean of(List<List<String>> phrases) {
        return phrases.stream().anyMatch(phrase -> phrase.size() > 1 && digits(phrase.get(0))
                && !digits(phrase.get(1)));
    }

    private static boolean digits(String word) {
        return word.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }
}
