package vn.giaymoi.store.jdbc;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
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

    /** Lower case without diacritics, so that {@code chuyen doi so} finds {@code Chuyển đổi số}. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
