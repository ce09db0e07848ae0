package vn.giaymoi.domain.recipient;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dòng lưu (archive line): the last Nơi nhận entry, {@code Lưu: VT, HCC.} — the văn thư keeps one copy, the
 * drafting unit another (PL I §II.9.d). Read from the entry as written.
 *
 * @param keepers who keeps a copy, as written ({@code VT}, {@code NC1}, {@code KSTTHC_(hnb)})
 * @param endsWithPeriod whether the line ends with the required {@code .}
 */
public record ArchiveLine(List<String> keepers, boolean endsWithPeriod) {
    private static final Pattern LINE = Pattern.compile("^Lưu\\s*:?\\s*(.*)$", Pattern.DOTALL);

    public ArchiveLine {
        keepers = List.copyOf(keepers);
    }

    /** Reads an entry that starts with {@code Lưu}; empty for any other entry. */
    public static Optional<ArchiveLine> parse(String plainEntry) {
        Matcher m = LINE.matcher(plainEntry.strip());
        if (!m.matches()) return Optional.empty();
        String rest = m.group(1).strip();
        boolean period = rest.endsWith(".");
        String body = rest.replaceAll("[.;,]+$", "");
        List<String> keepers = Arrays.stream(body.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new ArchiveLine(keepers, period));
    }

    /** True when the văn thư ({@code VT}) keeps a copy. */
    public boolean keptByRecordsOffice() {
        return keepers.stream().anyMatch(k -> k.equals("VT"));
    }
}
