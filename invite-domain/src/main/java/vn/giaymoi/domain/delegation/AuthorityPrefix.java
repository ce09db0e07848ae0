package vn.giaymoi.domain.delegation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Quyền hạn ký (signing-authority prefix), ND30 Điều 13 and PL I §II.7.b: each is written with its period before
 * the title of the collective or of the head. A Party document writes them with a slash ({@code T/M}, {@code K/T},
 * {@code T/L}, {@code T/UQ}; HD 36-HD/VPTW mục II.1.7).
 */
public enum AuthorityPrefix {
    /** TM. – thay mặt tập thể (on behalf of a collective body). */
    TM("TM.", "T/M", "thay mặt"),
    /** KT. – ký thay người đứng đầu (a deputy signs for the head). */
    KT("KT.", "K/T", "ký thay"),
    /** TL. – thừa lệnh (by order of the head). */
    TL("TL.", "T/L", "thừa lệnh"),
    /** TUQ. – thừa ủy quyền (by written authorisation of the head). */
    TUQ("TUQ.", "T/UQ", "thừa ủy quyền"),
    /** Q. – quyền (acting head). */
    Q("Q.", "Q/", "quyền");

    private final String written;
    private final String partyWritten;
    private final String meaning;

    AuthorityPrefix(String written, String partyWritten, String meaning) {
        this.written = written;
        this.partyWritten = partyWritten;
        this.meaning = meaning;
    }

    /** As a Party document prints it: {@code K/T}. */
    public String partyWritten() {
        return partyWritten;
    }

    /** The Party prefix a line starts with ({@code T/M BAN THƯỜNG VỤ} → TM), if any. */
    public static Optional<AuthorityPrefix> ofParty(String line) {
        String l = line == null ? "" : line.strip();
        return Arrays.stream(values()).filter(p -> l.startsWith(p.partyWritten + " ") || l.equals(p.partyWritten))
                .findFirst();
    }

    /** As printed: {@code KT.}. */
    public String written() {
        return written;
    }

    public String meaning() {
        return meaning;
    }

    /** The prefix a line starts with ({@code KT. CHỦ TỊCH} → KT), if any. */
    public static Optional<AuthorityPrefix> of(String line) {
        String l = line == null ? "" : line.strip();
        return Arrays.stream(values()).filter(p -> l.startsWith(p.written + " ") || l.equals(p.written)).findFirst();
    }
}
