package vn.giaymoi.domain.recipient;

import java.util.List;
import java.util.Optional;
import vn.giaymoi.domain.text.RichText;

/**
 * Nơi nhận (distribution list, ô 9b): entries as written, from {@code Như thành phần mời;} or {@code Như trên;}
 * to the archive line {@code Lưu: VT, …} (PL I §II.9.d). The leading {@code -} of each line is drawn by the
 * renderers, not stored.
 *
 * @param entries the lines as written
 * @param contacts where the bodies of the entries receive mail and calls (never printed), each naming its entry
 */
public record Distribution(List<RichText> entries, List<Contact> contacts) {
    public Distribution {
        entries = entries == null ? List.of() : List.copyOf(entries);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        for (Contact c : contacts) {
            if (c.name() == null || entries.stream().noneMatch(e -> c.belongsTo(e.plain()))) {
                throw new IllegalArgumentException("địa chỉ liên hệ '" + c.name() + "' không khớp dòng nào của Nơi nhận;"
                        + " name phải chép đúng một dòng (bỏ dấu ; hoặc . cuối dòng)");
            }
        }
    }

    public Distribution(List<RichText> entries) {
        this(entries, List.of());
    }

    /**
     * The list with {@code newEntries}, keeping the contacts of the entries still there (a fix that changes only
     * punctuation or spacing keeps every contact, {@link Contact#key}).
     */
    public Distribution withEntries(List<RichText> newEntries) {
        return new Distribution(newEntries, contacts.stream()
                .filter(c -> newEntries.stream().anyMatch(e -> c.belongsTo(e.plain()))).toList());
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
