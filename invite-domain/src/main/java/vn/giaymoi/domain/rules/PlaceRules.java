package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.message.MessageRef;

/**
 * Quy tắc địa danh (place and unit names) against the administrative-unit registry ({@link UnitRegistry}): a
 * name spelt with the wrong diacritics, and a unit named on a day it did not exist. Warnings: the registry is
 * partial, and a writer may cite a former unit on purpose.
 */
final class PlaceRules {
    private PlaceRules() {}

    /** The day the Ủy ban Thường vụ Quốc hội adopted the resolutions on each province's communes (2025). */
    static final LocalDate COMMUNE_RESOLUTIONS = LocalDate.of(2025, 6, 16);

    static final String REGISTRY = "Danh mục đơn vị hành chính (Nghị quyết 202/2025/QH15; các nghị quyết sắp xếp đơn vị hành chính cấp xã 2025)";

    static List<Rule> all() {
        return List.of(new NameSpelling(), new UnitExistsOnDate());
    }

    /** A unit named with its noun: {@code huyện Tứ Kỳ}, {@code TP. Hồ Chí Minh}, {@code phường Thành Sen}. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<!\\p{L})((?iu:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))\\s+"
                    + "(\\p{Lu}\\p{Ll}*(?:[ ]+\\p{Lu}\\p{Ll}*){0,3})");

    /** A mention and the name it resolves to. */
    record Mention(String path, UnitRegistry.Noun noun, String written, List<UnitRegistry.Unit> units, boolean former) {}

    /** {@code xã Thạch Long (cũ)}, {@code phường Nam Hà cũ}: the writer names a former unit as such. */
    private static final Pattern FORMER = Pattern.compile("\\s*\\(?\\s*(?iu:cũ|trước đây)(?!\\p{L})");

    /** The known units named in the text: the longest run of capitalised words that is a listed name wins. */
    static List<Mention> mentions(String path, String text, boolean nearMisses) {
        List<Mention> out = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            Optional<UnitRegistry.Noun> noun = UnitRegistry.Noun.of(m.group(1));
            if (noun.isEmpty()) continue;
            String[] words = m.group(2).split(" +");
            for (int n = words.length; n >= 1; n--) {
                String name = String.join(" ", java.util.Arrays.copyOf(words, n));
                List<UnitRegistry.Unit> exact = UnitRegistry.get().named(noun.get(), name);
                if (!exact.isEmpty()) {
                    if (!nearMisses) out.add(new Mention(path, noun.get(), name, exact, former(text, m.start(2) + name.length())));
                    break;
                }
                List<UnitRegistry.Unit> near = nearMisses ? UnitRegistry.get().nearMisses(noun.get(), name) : List.of();
                if (!near.isEmpty()) {
                    out.add(new Mention(path, noun.get(), name, near, former(text, m.start(2) + name.length())));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean former(String text, int end) {
        return FORMER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * PLACE-NAME-SPELLING: a place or unit name differs from a listed unit only in its diacritics ({@code huyện Từ
     * Kỳ} for Tứ Kỳ, {@code Đã Nẵng} for Đà Nẵng). Checks the content, the Kính gửi and Nơi nhận lists, and the
     * địa danh of the date line.
     */
    static final class NameSpelling extends AbstractRule {
        NameSpelling() {
            super("PLACE-NAME-SPELLING", "Tên đơn vị hành chính viết đúng dấu", REGISTRY);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<Finding> out = new ArrayList<>();
            String place = inv.dateLine().place();
            if (place != null && !place.isBlank()) {
                List<UnitRegistry.Unit> near = UnitRegistry.get().provincialNearMisses(place);
                if (!near.isEmpty()) out.add(finding("place", place, near.get(0).name()));
            }
            java.util.Set<String> provinces = null;
            for (TextScan.Source s : view.texts()) {
                for (Mention m : mentions(s.path(), s.text(), true)) {
                    if (provinces == null) provinces = provincesOf(inv);
                    java.util.Set<String> in = provinces;
                    m.units().stream().filter(u -> u.provincial() || in.contains(Names.key(u.province()))).findFirst()
                            .ifPresent(u -> out.add(finding(m.path(), m.written(), u.name())));
                }
            }
            return out;
        }

        /**
         * The provinces the document belongs to, as keys: its issuer's province, its place when that is a province
         * or a listed unit, and the provinces merged into them or that they were merged into. A district or commune
         * is a near miss only inside these: elsewhere a name differing in its diacritics may be a real unit the
         * registry does not hold (xã An Hóa of Bến Tre beside An Hòa, dissolved before 2025).
         */
        static java.util.Set<String> provincesOf(Invitation inv) {
            java.util.Set<String> out = new java.util.HashSet<>();
            if (inv.issuer().province() != null) out.add(Names.key(inv.issuer().province()));
            String place = inv.dateLine().place();
            if (place != null && !place.isBlank()) {
                ReformData.get().province(place).ifPresent(p -> out.add(Names.key(p.name())));
                for (UnitRegistry.Noun n : UnitRegistry.Noun.values()) {
                    if (n != UnitRegistry.Noun.PROVINCE) UnitRegistry.get().named(n, place).forEach(u -> out.add(Names.key(u.province())));
                }
            }
            out.remove("");
            for (UnitRegistry.Unit u : UnitRegistry.get().provinces()) {
                String k = Names.key(u.name());
                String successor = Names.key(u.successor());
                if (out.contains(k) && !successor.isBlank()) out.add(Names.key(successor.replaceFirst("^(tỉnh|thành phố) ", "")));
                if (out.stream().anyMatch(p -> Names.containsWords(successor, p))) out.add(k);
            }
            return out;
        }

        private Finding finding(String path, String written, String right) {
            return warning(path, text(1, written, right), right, written, null);
        }
    }

    /**
     * PLACE-UNIT-DATE: a unit named in the content existed on the document's date (the issue date, or for a draft
     * the day it will be issued): {@code tỉnh Hải Dương} after 2025-06-30, {@code phường Thành Sen} before
     * 2025-07-01. A huyện, quận, thị xã or thị trấn after 2025-07-01 is left to the REFORM-2025 rules, and the opening is
     * not checked, since it may cite a former unit's document; nor a unit the writer calls former ({@code xã Thạch
     * Long (cũ)}), as documents after the reform do to name an area. A district or commune that begins later is "not yet
     * founded" only on days the registry lists every unit of ({@link UnitRegistry#LOWER_LEVELS_LISTED_FROM} on):
     * earlier, a unit of the same name may have existed and been dissolved before the list was taken.
     */
    static final class UnitExistsOnDate extends AbstractRule {
        UnitExistsOnDate() {
            super("PLACE-UNIT-DATE", "Đơn vị hành chính được nêu có vào ngày của văn bản", REGISTRY);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            LocalDate day = IssueDates.reference(inv, ctx);
            List<Finding> out = new ArrayList<>();
            for (TextScan.Source s : view.texts()) {
                if (s.path().startsWith("opening")) continue;
                for (Mention m : mentions(s.path(), s.text(), false)) {
                    if (m.former() || m.units().stream().anyMatch(u -> u.validOn(day) || announced(u, day))) continue;
                    UnitRegistry.Unit u = m.units().get(0);
                    if (leftToReformRules(u) && !day.isBefore(ReformData.TWO_LEVEL_GOVERNMENT)) continue;
                    if (!u.provincial() && u.from() != null && day.isBefore(UnitRegistry.LOWER_LEVELS_LISTED_FROM)) continue;
                    out.add(warning(m.path(), describe(u, day), null, u.display(), null));
                }
            }
            return out;
        }

        /**
         * A huyện, quận, thị xã or thị trấn after the reform is reported by REFORM-2025-DISTRICT-NAME or
         * REFORM-2025-TOWNSHIP, which see the noun alone; a thành phố thuộc tỉnh only the registry can tell from a
         * centrally-run city, so it stays here.
         */
        private static boolean leftToReformRules(UnitRegistry.Unit u) {
            return u.level().equals("thi-tran") || u.districtLevel() && !u.level().equals("thanh-pho-thuoc-tinh");
        }

        /**
         * A commune of the reform named between its resolution and 1 July 2025: documents of those two weeks prepare
         * the new units (Nghị quyết 1654/NQ-UBTVQH15 … 1687/NQ-UBTVQH15 were adopted on 16/6/2025).
         */
        private static boolean announced(UnitRegistry.Unit u, LocalDate day) {
            return ReformData.TWO_LEVEL_GOVERNMENT.equals(u.from()) && !day.isBefore(COMMUNE_RESOLUTIONS) && day.isBefore(u.from());
        }

        /** Message 1: not yet founded; 2: dissolved; 3: dissolved, with its successor. */
        private MessageRef describe(UnitRegistry.Unit u, LocalDate day) {
            String when = IssueDates.shortDate(day);
            if (u.from() != null && day.isBefore(u.from())) {
                return text(1, when, u.display(), IssueDates.shortDate(u.from()), day, u.from());
            }
            return text(u.successor().isBlank() ? 2 : 3, when, u.display(), IssueDates.shortDate(u.until()), day,
                    u.until(), u.successor());
        }
    }
}
