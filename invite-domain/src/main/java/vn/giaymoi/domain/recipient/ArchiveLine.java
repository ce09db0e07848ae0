package vn.giaymoi.domain.recipient;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dòng lưu (archive line): the last Nơi nhận entry, {@code Lưu: VT, HCC.} — the văn thư keeps one copy, the
 * drafting unit another (PL I §II.9.d) — optionally followed by ô 12, the drafter's symbol and the number of
 * copies issued ({@code Lưu: VT, TCCB (2). PL.(300).}, PL I §III.3; Mẫu 1.7 {@code …(9). …(10).}). Read from the
 * entry as written.
 *
 * @param keepers who keeps a copy, as written ({@code VT}, {@code NC1}, {@code KSTTHC_(hnb)}, {@code HC (2)})
 * @param endsWithPeriod whether the line ends with the required {@code .}
 * @param drafterMark ô 12 as written ({@code PL.(300)}), or {@code null} when the line has none
 */
public record ArchiveLine(List<String> keepers, boolean endsWithPeriod, String drafterMark) {
    private static final Pattern LINE = Pattern.compile("^Lưu\\s*:?\\s*(.*)$", Pattern.DOTALL);
    /** ô 12 after the archive part and its period: letters (dots allowed) then the copies in parentheses. */
    private static final Pattern DRAFTER = Pattern.compile("^(.*?\\S)\\.\\s+(\\p{L}[\\p{L}.]*\\s?\\(\\s*\\d+\\s*\\))\\.?$",
            Pattern.DOTALL);
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-ZĐ]+\\.?\\(\\d+\\)$");

    public ArchiveLine {
        keepers = List.copyOf(keepers);
    }

    /** Reads an entry that starts with {@code Lưu}; empty for any other entry. */
    public static Optional<ArchiveLine> parse(String plainEntry) {
        Matcher m = LINE.matcher(plainEntry.strip());
        if (!m.matches()) return Optional.empty();
        String rest = m.group(1).strip();
        boolean period = rest.endsWith(".");
        String drafter = null;
        Matcher d = DRAFTER.matcher(rest);
        if (d.matches()) {
            rest = d.group(1);
            drafter = d.group(2);
        }
        String body = rest.replaceAll("[.;,]+$", "");
        List<String> keepers = Arrays.stream(body.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new ArchiveLine(keepers, period, drafter));
    }

    /** True when the văn thư ({@code VT}) keeps a copy. */
    public boolean keptByRecordsOffice() {
        return keepers.stream().anyMatch(k -> k.equals("VT"));
    }

    /** True when there is no ô 12, or it is written as the decree shows: capitals, then digits ({@code PL.(300)}). */
    public boolean drafterMarkWellFormed() {
        return drafterMark == null || WELL_FORMED.matcher(drafterMark).matches();
    }

    /** The number of copies issued that ô 12 states, when it does. */
    public Optional<Integer> copiesIssued() {
        if (drafterMark == null) return Optional.empty();
        String digits = drafterMark.replaceAll(".*\\(\\s*(\\d+)\\s*\\)$", "$1");
        return Optional.of(Integer.parseInt(digits));
    }
}
