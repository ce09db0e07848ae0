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

    static final String REGISTRY = "Danh mục đơn vị hành chính (Nghị quyết 202/2025/QH15; các nghị quyết sắp xếp đơn vị hành chính cấp xã 2025)";

    static List<Rule> all() {
        return List.of(new NameSpelling(), new UnitExistsOnDate());
    }

    /** A unit named with its noun: {@code huyện Tứ Kỳ}, {@code TP. Hồ Chí Minh}, {@code phường Thành Sen}. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<!\\p{L})((?iu:tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))\\s+"
                    + "(\\p{Lu}\\p{Ll}*(?:[ ]+\\p{Lu}\\p{Ll}*){0,3})");

    /** A mention and the name it resolves to. */
    record Mention(String path, UnitRegistry.Noun noun, String written, List<UnitRegistry.Unit> units) {}

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
                    if (!nearMisses) out.add(new Mention(path, noun.get(), name, exact));
                    break;
                }
                List<UnitRegistry.Unit> near = nearMisses ? UnitRegistry.get().nearMisses(noun.get(), name) : List.of();
                if (!near.isEmpty()) {
                    out.add(new Mention(path, noun.get(), name, near));
                    break;
                }
            }
        }
        return out;
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
                List<UnitRegistry.Unit> near = new ArrayList<>(UnitRegistry.get().nearMisses(UnitRegistry.Noun.PROVINCE, place));
                near.addAll(UnitRegistry.get().nearMisses(UnitRegistry.Noun.CITY, place));
                if (!near.isEmpty()) out.add(finding("place", place, near.get(0).name()));
            }
            for (TextScan.Source s : view.texts()) {
                for (Mention m : mentions(s.path(), s.text(), true)) out.add(finding(m.path(), m.written(), m.units().get(0).name()));
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
     * 2025-07-01. District-level names after 2025-07-01 are left to REFORM-2025-DISTRICT-NAME, and the opening is
     * not checked, since it may cite a former unit's document.
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
                    if (m.units().stream().anyMatch(u -> u.validOn(day))) continue;
                    UnitRegistry.Unit u = m.units().get(0);
                    if (u.districtLevel() && !day.isBefore(ReformData.TWO_LEVEL_GOVERNMENT)) continue;
                    out.add(warning(m.path(), describe(u, day), null, u.display(), null));
                }
            }
            return out;
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
