package vn.giaymoi.domain.delegation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Quyền hạn ký (signing-authority prefix), ND30 Điều 13 and PL I §II.7.b: each is written with its period before
 * the title of the collective or of the head.
 */
public enum AuthorityPrefix {
    /** TM. – thay mặt tập thể (on behalf of a collective body). */
    TM("TM.", "thay mặt"),
    /** KT. – ký thay người đứng đầu (a deputy signs for the head). */
    KT("KT.", "ký thay"),
    /** TL. – thừa lệnh (by order of the head). */
    TL("TL.", "thừa lệnh"),
    /** TUQ. – thừa ủy quyền (by written authorisation of the head). */
    TUQ("TUQ.", "thừa ủy quyền"),
    /** Q. – quyền (acting head). */
    Q("Q.", "quyền");

    private final String written;
    private final String meaning;

    AuthorityPrefix(String written, String meaning) {
        this.written = written;
        this.meaning = meaning;
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
