package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Dữ liệu sắp xếp đơn vị 2025 (data of the 2025 reforms): provinces and retired bodies with their dates of
 * validity, read from the TSV resources next to this class so that a change of law is a data change.
 */
final class ReformData {
    /** First day without district-level government (Luật 72/2025/QH15 Điều 51.3; docs/decree-reference.md). */
    static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

    private static final ReformData INSTANCE = new ReformData(Tsv.read("provinces.tsv"), Tsv.read("retired-bodies.tsv"));

    /**
     * A province-level unit.
     *
     * @param name official name without the common noun: {@code Hà Tĩnh}, {@code Hồ Chí Minh}
     * @param city true for a centrally-run city (thành phố trực thuộc trung ương)
     * @param from first valid day, or {@code null}
     * @param until last valid day, or {@code null}
     */
    record Province(String name, boolean city, LocalDate from, LocalDate until) {
        boolean validOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }

    /**
     * A body whose name a merger retired.
     *
     * @param name the retired name
     * @param retiredFrom first day the name is no longer valid
     * @param replacedBy who took over, as a phrase
     * @param keys the name and its common abbreviations as comparison keys ({@link Names#key})
     */
    record RetiredBody(String name, LocalDate retiredFrom, String replacedBy, List<String> keys) {}

    private final List<Province> provinces;
    private final java.util.Map<String, Province> byKey;
    private final List<RetiredBody> retired;

    private ReformData(List<String[]> provinceRows, List<String[]> retiredRows) {
        List<Province> p = new ArrayList<>();
        for (String[] r : provinceRows) p.add(new Province(r[0], r[1].equals("thanh-pho"), date(r, 2), date(r, 3)));
        provinces = List.copyOf(p);
        java.util.Map<String, Province> keyed = new java.util.HashMap<>();
        provinces.forEach(x -> keyed.put(Names.key(x.name()), x));
        byKey = java.util.Map.copyOf(keyed);
        List<RetiredBody> b = new ArrayList<>();
        for (String[] r : retiredRows) {
            List<String> spellings = new ArrayList<>(List.of(r[0]));
            if (r.length > 3 && !r[3].isBlank()) spellings.addAll(Arrays.asList(r[3].split("\\|")));
            b.add(new RetiredBody(r[0], LocalDate.parse(r[1]), r[2], spellings.stream().map(Names::key).toList()));
        }
        retired = List.copyOf(b);
    }

    static ReformData get() {
        return INSTANCE;
    }

    List<RetiredBody> retired() {
        return retired;
    }

    /** The province named {@code written} ({@code tỉnh Hà Tĩnh}, {@code TP. Hồ Chí Minh}, {@code HÀ TĨNH}), if known. */
    Optional<Province> province(String written) {
        String k = COMMON_NOUN.matcher(Names.key(written)).replaceFirst("").strip();
        return Optional.ofNullable(byKey.get(k));
    }

    private static final java.util.regex.Pattern COMMON_NOUN = java.util.regex.Pattern.compile("^(tỉnh|thành phố|tp\\.?)\\s*");

    /** The provinces valid on {@code day}. */
    List<Province> validOn(LocalDate day) {
        return provinces.stream().filter(p -> p.validOn(day)).toList();
    }

    private static LocalDate date(String[] row, int i) {
        return row.length > i && !row[i].isBlank() ? LocalDate.parse(row[i].strip()) : null;
    }

}
