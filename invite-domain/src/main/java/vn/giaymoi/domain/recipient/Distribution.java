package vn.giaymoi.domain.recipient;

import java.util.List;
import java.util.Optional;
import vn.giaymoi.domain.text.RichText;

/**
 * Nơi nhận (distribution list, ô 9b): entries as written, from {@code Như thành phần mời;} or {@code Như trên;}
 * to the archive line {@code Lưu: VT, …} (PL I §II.9.d). The leading {@code -} of each line is drawn by the
 * renderers, not stored.
 */
public record Distribution(List<RichText> entries) {
    public Distribution {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The archive line, when the last entry is one. */
    public Optional<ArchiveLine> archive() {
        return entries.isEmpty() ? Optional.empty() : ArchiveLine.parse(entries.get(entries.size() - 1).plain());
    }

    /** True when the first entry is {@code Như trên} (required first for a công văn, PL I §II.9.b). */
    public boolean startsWithAsAbove() {
        return !entries.isEmpty() && entries.get(0).plain().strip().startsWith("Như trên");
    }
}
