package vn.giaymoi.store.jdbc;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.Session;

/**
 * Cột tìm kiếm (search columns): the parts of an invitation copied out of its JSON document so that the list can
 * be searched and sorted by the database.
 *
 * @param subject the trích yếu as a reader sees it (no emphasis markers)
 * @param subjectSearch the subject folded for searching: lower case, without diacritics
 * @param issuer the register key of the issuer (see {@link #issuerKey})
 * @param symbol the ký hiệu
 * @param number the số as written, empty for a draft
 * @param issueDate the date of ô 4, when complete
 * @param meetingDate the day of the first session, when the content has one
 */
record SearchColumns(String subject, String subjectSearch, String issuer, String symbol, String number,
        LocalDate issueDate, LocalDate meetingDate) {

    static SearchColumns of(Invitation inv) {
        String subject = inv.subject().plain();
        LocalDate meeting = inv.meeting().sessions().stream().findFirst().map(Session::date).orElse(null);
        return new SearchColumns(subject, fold(subject), issuerKey(inv.issuer()), inv.number().symbol(),
                inv.number().sequence(), inv.dateLine().date().orElse(null), meeting);
    }

    /**
     * The issuer as the number register knows it: the parent body, if any, and the full name on one line. The full
     * name rather than the optional abbreviation, so that two bodies that share an abbreviation ({@code UBND} of a
     * province and of a district) never share a series.
     */
    static String issuerKey(Issuer issuer) {
        return issuer.parent() == null ? issuer.fullName() : issuer.parent() + " / " + issuer.fullName();
    }

    /** Lower case without diacritics, so that {@code chuyen doi so} finds {@code Chuyển đổi số}. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The folded words of a search text, blanks dropped. */
    static List<String> words(String text) {
        if (text == null) return List.of();
        return Arrays.stream(fold(text).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
