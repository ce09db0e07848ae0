package vn.giaymoi.domain.rules;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sổ đơn vị hành chính (administrative-unit registry): provinces, district-level units and communes with the days
 * their names are valid, read from {@code administrative-units.tsv} next to this class (its header names the
 * sources). Coverage is partial; a name that is not listed is unknown, never wrong.
 */
final class UnitRegistry {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final UnitRegistry INSTANCE = new UnitRegistry(Tsv.read("administrative-units.tsv"));

    /** Cấp của đơn vị as printed before its name, grouped by what a writer may mean. */
    enum Noun {
        PROVINCE("tỉnh"), CITY("thành phố"), DISTRICT("huyện"), URBAN_DISTRICT("quận"), TOWN("thị xã"),
        COMMUNE("xã"), WARD("phường"), TOWNSHIP("thị trấn"), SPECIAL_ZONE("đặc khu");

        final String word;

        Noun(String word) {
            this.word = word;
        }

        /** {@code huyện}, {@code Thành phố}, {@code TP.} … as a noun, in any case. */
        static Optional<Noun> of(String written) {
            String w = Names.key(written);
            if (w.equals("tp.") || w.equals("tp")) return Optional.of(CITY);
            for (Noun n : values()) if (n.word.equals(w)) return Optional.of(n);
            return Optional.empty();
        }
    }

    /**
     * One unit.
     *
     * @param level the level code of the data file ({@code tinh}, {@code huyen}, {@code phuong} …)
     * @param name its proper name: {@code Tứ Kỳ}
     * @param province the province it lies in, blank for a province
     * @param from first valid day, or {@code null}
     * @param until last valid day, or {@code null}
     * @param successor where its area went, or blank
     */
    record Unit(String level, String name, String province, LocalDate from, LocalDate until, String successor) {
        boolean validOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }

        /** The nouns a writer puts before this unit's name. */
        boolean namedBy(Noun noun) {
            return switch (level) {
                case "tinh" -> noun == Noun.PROVINCE;
                case "thanh-pho", "thanh-pho-thuoc-tinh" -> noun == Noun.CITY;
                case "huyen" -> noun == Noun.DISTRICT;
                case "quan" -> noun == Noun.URBAN_DISTRICT;
                case "thi-xa" -> noun == Noun.TOWN;
                case "xa" -> noun == Noun.COMMUNE;
                case "phuong" -> noun == Noun.WARD;
                case "thi-tran" -> noun == Noun.TOWNSHIP;
                case "dac-khu" -> noun == Noun.SPECIAL_ZONE;
                default -> false;
            };
        }

        /** {@code huyện Tứ Kỳ}, {@code tỉnh Hải Dương}. */
        String display() {
            String noun = switch (level) {
                case "tinh" -> "tỉnh";
                case "thanh-pho", "thanh-pho-thuoc-tinh" -> "thành phố";
                case "huyen" -> "huyện";
                case "quan" -> "quận";
                case "thi-xa" -> "thị xã";
                case "xa" -> "xã";
                case "phuong" -> "phường";
                case "thi-tran" -> "thị trấn";
                default -> "đặc khu";
            };
            return noun + " " + name;
        }

        boolean districtLevel() {
            return level.equals("huyen") || level.equals("quan") || level.equals("thi-xa") || level.equals("thanh-pho-thuoc-tinh");
        }
    }

    private final List<Unit> units;
    private final Map<String, List<Unit>> byKey = new HashMap<>();
    private final Map<String, List<Unit>> byBareKey = new HashMap<>();

    private UnitRegistry(List<String[]> rows) {
        List<Unit> u = new ArrayList<>();
        for (String[] r : rows) {
            u.add(new Unit(r[0].strip(), r[1].strip(), r[2].strip(), date(r, 3), date(r, 4), r.length > 5 ? r[5].strip() : ""));
        }
        units = List.copyOf(u);
        for (Unit x : units) {
            byKey.computeIfAbsent(Names.key(x.name()), k -> new ArrayList<>()).add(x);
            byBareKey.computeIfAbsent(bare(x.name()), k -> new ArrayList<>()).add(x);
        }
    }

    static UnitRegistry get() {
        return INSTANCE;
    }

    List<Unit> units() {
        return units;
    }

    /** The units of this exact name (tone placement aside) that {@code noun} can name. */
    List<Unit> named(Noun noun, String name) {
        return byKey.getOrDefault(Names.key(name), List.of()).stream().filter(x -> x.namedBy(noun)).toList();
    }

    /** Units whose name differs from {@code name} only in its diacritics: {@code Tứ Kỳ} for {@code Từ Kỳ}. */
    List<Unit> nearMisses(Noun noun, String name) {
        if (!named(noun, name).isEmpty()) return List.of();
        String k = Names.key(name);
        return byBareKey.getOrDefault(bare(name), List.of()).stream()
                .filter(x -> x.namedBy(noun) && !Names.key(x.name()).equals(k)).toList();
    }

    /** The name without diacritics and with đ as d: the key under which misspellings meet. */
    static String bare(String name) {
        String d = Normalizer.normalize(Names.key(name), Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").replace('đ', 'd').toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String[] row, int i) {
        return row.length > i && !row[i].isBlank() ? LocalDate.parse(row[i].strip()) : null;
    }

}
