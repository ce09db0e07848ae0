package vn.giaymoi.domain.recipient;

import java.util.List;
import vn.giaymoi.domain.text.RichText;

/**
 * Kính gửi (addressees, ô 9a): the bodies or persons a công văn is sent to for action (PL I §II.9). Entries are
 * kept as written, punctuation included, so a check can say which line lacks its {@code ;} or final {@code .}.
 */
public record Addressees(List<RichText> entries) {
    public Addressees {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static Addressees none() {
        return new Addressees(List.of());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
