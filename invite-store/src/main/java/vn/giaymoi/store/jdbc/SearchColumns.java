package vn.giaymoi.store.jdbc;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.meeting.Session;

/**
 * Cột tìm kiếm (search columns): the parts of an invitation copied out of its JSON document so that the list can
 * be searched and sorted by the database.
 *
 * @param kind the loại văn bản as input files write it ({@code giay-moi}, …)
 * @param subject the trích yếu as a reader sees it (no emphasis markers)
 * @param subjectSearch the subject folded for searching: lower case, without diacritics
 * @param issuer the register key of the issuer (see {@link #issuerKey})
 * @param symbol the ký hiệu
 * @param number the số as written, empty for a draft
 * @param issueDate the date of ô 4, when complete
 * @param meetingDate the day of the first session, when the content has one
 * @param searchText every word of the invitation, folded ({@link SearchText})
 */
record SearchColumns(String kind, String subject, String subjectSearch, String issuer, String symbol, String number,
        LocalDate issueDate, LocalDate meetingDate, String searchText) {

    /** Widest issuer key the register keeps ({@code VARCHAR(500)} in V1). */
    static final int MAX_ISSUER = 500;

    /** Widest ký hiệu the register keeps ({@code VARCHAR(200)} in V1). */
    static final int MAX_SYMBOL = 200;

    /**
     * The columns of {@code inv}.
     *
     * @throws IllegalArgumentException when the issuer or the ký hiệu is wider than its column, so that the caller
     *     hears what to shorten instead of a database error
     */
    static SearchColumns of(Invitation inv, String json) {
        String subject = inv.subject().plain();
        LocalDate meeting = inv.meeting().sessions().stream().findFirst().map(Session::date).orElse(null);
        String issuer = issuerKey(inv.issuer());
        String symbol = withoutNul(inv.number().symbol());
        int issuerLength = issuer.codePointCount(0, issuer.length());
        if (issuerLength > MAX_ISSUER) {
            throw new IllegalArgumentException("tên cơ quan ban hành (issuer.name, cùng cơ quan chủ quản issuer.parent) dài "
                    + issuerLength + " ký tự, quá " + MAX_ISSUER + " ký tự sổ đăng ký số lưu được; hãy rút gọn");
        }
        int symbolLength = symbol.codePointCount(0, symbol.length());
        if (symbolLength > MAX_SYMBOL) {
            throw new IllegalArgumentException("ký hiệu văn bản (number) dài " + symbolLength + " ký tự, quá "
                    + MAX_SYMBOL + " ký tự sổ đăng ký số lưu được; hãy rút gọn");
        }
        String plain = withoutNul(subject);
        return new SearchColumns(inv.kind().code(), plain, fold(plain), issuer, symbol, inv.number().sequence(),
                inv.dateLine().date().orElse(null), meeting, SearchText.of(inv, json));
    }

    /** The issuer as the number register knows it: the one {@link RegisterSeries#issuerKey} of every store. */
    static String issuerKey(Issuer issuer) {
        return withoutNul(RegisterSeries.issuerKey(issuer));
    }

    /**
     * The text without U+0000, which PostgreSQL's text columns refuse. These columns are copies for searching and
     * numbering; the document itself keeps the character (JSON writes it as an escape).
     */
    static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /**
     * Lower case without diacritics, so that {@code chuyen doi so} finds {@code Chuyển đổi số}. Latin text (every
     * Vietnamese letter) is folded char by char from {@link #LATIN}; other text by {@link #foldWhole}, which gives the
     * same answer more slowly (an issue folds some 10,000 chars).
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String folded = ch < LATIN.length ? LATIN[ch] : null;
            if (folded == null) return foldWhole(text);
            out.append(folded);
        }
        return out.toString();
    }

    /**
     * {@link #fold}'s definition: decomposed (NFD), without its marks, đ as d, lower case. Char by char it gives the
     * same as on the whole text wherever lower-casing needs no neighbour (not Greek sigma) and a char is one code
     * point, which holds in {@link #LATIN}'s blocks.
     */
    static String foldWhole(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * {@link #foldWhole} of each char of Basic Latin to Latin Extended-B, the combining diacritical marks, Latin
     * Extended Additional (where ắ, ề, ợ … live), and the punctuation, super- and subscripts that documents use
     * (– … “ ” ₁); {@code null} elsewhere.
     */
    private static final String[] LATIN = new String[0x20A0];

    static {
        int[][] blocks = {{0x0000, 0x024F}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x209F}};
        for (int[] block : blocks) {
            for (int ch = block[0]; ch <= block[1]; ch++) LATIN[ch] = foldWhole(String.valueOf((char) ch));
        }
    }
}
