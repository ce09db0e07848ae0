package vn.giaymoi.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.invitation.Outline;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.AttendeeGroup;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.meeting.Venue;
import vn.giaymoi.domain.text.RichText;

/**
 * Quy tắc sắp xếp bộ máy 2025 (the 2025 reforms): two-level local government and 34 provinces from 2025-07-01,
 * merged departments from 2025-03-01 (docs/decree-reference.md, §11 items 45–46). Every check depends on the issue date
 * ({@link IssueDates}), so documents of earlier years stay valid; names and dates are data ({@link ReformData}).
 */
final class ReformRules {
    private ReformRules() {}

    static List<Rule> all() {
        return List.of(new NoDistrictLevel(), new NoDistrictName(), new NoTownship(), new OnlyCurrentProvinces(),
                new NoRetiredBody());
    }

    /** Every name-bearing text of the document with its path: issuer, place, content, Kính gửi, Nơi nhận. */
    static Map<String, String> namedTexts(InvitationView view) {
        Invitation inv = view.invitation();
        Map<String, String> out = new LinkedHashMap<>();
        Issuer is = inv.issuer();
        if (is.parent() != null) out.put("issuer.parent", is.parent());
        out.put("issuer.name", is.fullName());
        out.put("place", inv.dateLine().place());
        for (Outline.Entry e : view.entries()) {
            StringBuilder b = new StringBuilder(e.text().plain());
            for (Object f : e.point().facts()) {
                if (f instanceof Invitee i) b.append(" | ").append(String.join(" | ", i.units()));
                if (f instanceof Venue v) b.append(" | ").append(v.name());
                if (f instanceof Assignment a) b.append(" | ").append(a.lead()).append(" | ").append(String.join(" | ", a.coordinating()));
            }
            out.put(e.path(), b.toString());
        }
        List<RichText> a = inv.addressees().entries();
        for (int i = 0; i < a.size(); i++) out.put("addressees[" + i + "]", a.get(i).plain());
        List<RichText> d = inv.distribution().entries();
        for (int i = 0; i < d.size(); i++) out.put("distribution[" + i + "]", d.get(i).plain());
        return out;
    }

    static boolean twoLevel(Invitation inv, CheckContext ctx) {
        return !IssueDates.reference(inv, ctx).isBefore(ReformData.TWO_LEVEL_GOVERNMENT);
    }

    /**
     * REFORM-2025-DISTRICT-LEVEL: from 2025-07-01 there is no district level (Luật 72/2025/QH15 Điều 51.3): no
     * issuer, attendee group or bridge point of level {@code huyen}. An error: that level cannot attend.
     */
    static final class NoDistrictLevel extends AbstractRule {
        NoDistrictLevel() {
            super("REFORM-2025-DISTRICT-LEVEL", "Từ 01/7/2025 không còn cấp huyện", "Luật 72/2025/QH15 Điều 51 khoản 3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!twoLevel(inv, ctx)) return List.of();
            List<Finding> out = new ArrayList<>();
            if (inv.issuer().level() == AdministrativeLevel.DISTRICT) out.add(finding("issuer.level", "cơ quan ban hành", "issuer"));
            for (Outline.Entry e : view.entries()) {
                if (e.point().fact(AttendeeGroup.class).filter(g -> g.level() == AdministrativeLevel.DISTRICT).isPresent()) {
                    out.add(finding(e.path(), "nhóm thành phần", "attendee group"));
                }
                if (e.point().fact(Venue.class).filter(v -> v.level() == AdministrativeLevel.DISTRICT).isPresent()) {
                    out.add(finding(e.path(), "điểm cầu", "bridge point"));
                }
            }
            return out;
        }

        private Finding finding(String path, String vi, String en) {
            return error(path, text(1, vi, en),
                    "tinh | xa", "huyen", null);
        }
    }

    /**
     * REFORM-2025-DISTRICT-NAME: from 2025-07-01 no huyện, quận, thị xã or provincial city (thành phố thuộc tỉnh)
     * issues or is invited (Luật 72/2025/QH15; docs/decree-reference.md; a warning, since a name may be cited historically).
     */
    static final class NoDistrictName extends AbstractRule {
        private static final Pattern DISTRICT = Pattern.compile("(?<!\\p{L})(huyện|quận|thị xã)(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern CITY = Pattern.compile("(?<!\\p{L})THÀNH PHỐ\\s+(\\p{Lu}[\\p{Lu} -]*)");

        NoDistrictName() {
            super("REFORM-2025-DISTRICT-NAME", "Từ 01/7/2025 không ghi tên đơn vị cấp huyện", "Luật 72/2025/QH15 Điều 51 khoản 3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!twoLevel(inv, ctx)) return List.of();
            List<Finding> out = new ArrayList<>();
            for (Map.Entry<String, String> t : namedTexts(view).entrySet()) {
                Matcher m = DISTRICT.matcher(t.getValue());
                String hit = m.find() ? m.group() : null;
                if (hit == null && t.getKey().startsWith("issuer.")) hit = provincialCity(t.getValue());
                if (hit == null) continue;
                out.add(warning(t.getKey(), text(1, hit),
                        null, t.getValue(), null));
            }
            return out;
        }

        /** {@code THÀNH PHỐ HÀ TĨNH} (a city under a province) but not {@code THÀNH PHỐ HÀ NỘI}. */
        private static String provincialCity(String issuerText) {
            Matcher m = CITY.matcher(issuerText.toUpperCase(Locale.ROOT));
            if (!m.find()) return null;
            Optional<ReformData.Province> p = ReformData.get().province(m.group(1).strip());
            return p.isPresent() && p.get().city() ? null : m.group().strip();
        }
    }

    /** REFORM-2025-TOWNSHIP: from 2025-07-01 there is no thị trấn; communes are xã, phường, đặc khu (docs/decree-reference.md). */
    static final class NoTownship extends AbstractRule {
        private static final Pattern TOWNSHIP = Pattern.compile("(?<!\\p{L})thị trấn(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        NoTownship() {
            super("REFORM-2025-TOWNSHIP", "Từ 01/7/2025 không còn thị trấn", "NĐ 150/2025/NĐ-CP; Luật 72/2025/QH15");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!twoLevel(inv, ctx)) return List.of();
            List<Finding> out = new ArrayList<>();
            for (Map.Entry<String, String> t : namedTexts(view).entrySet()) {
                if (!TOWNSHIP.matcher(t.getValue()).find()) continue;
                out.add(warning(t.getKey(), text(1), "xã | phường | đặc khu",
                        t.getValue(), null));
            }
            return out;
        }
    }

    /**
     * REFORM-2025-PROVINCE: from 2025-07-01 only the 34 provinces and centrally-run cities exist (Nghị quyết
     * 202/2025/QH15; docs/decree-reference.md): the issuer's province, a provincial body's địa danh and the {@code TỈNH …} of
     * the header name one of them.
     */
    static final class OnlyCurrentProvinces extends AbstractRule {
        private static final Pattern PROVINCE_IN_NAME = Pattern.compile("(?<!\\p{L})TỈNH\\s+(\\p{Lu}[\\p{Lu} -]*\\p{Lu})");

        OnlyCurrentProvinces() {
            super("REFORM-2025-PROVINCE", "Từ 01/7/2025 chỉ còn 34 tỉnh, thành phố", "Nghị quyết 202/2025/QH15");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            LocalDate day = IssueDates.reference(inv, ctx);
            if (day.isBefore(ReformData.TWO_LEVEL_GOVERNMENT)) return List.of();
            Issuer is = inv.issuer();
            List<Finding> out = new ArrayList<>();
            if (is.province() != null) check("issuer.province", is.province(), day, true, out);
            boolean provincial = is.level() == AdministrativeLevel.PROVINCE;
            check("place", inv.dateLine().place(), day, provincial, out);
            if (is.parent() != null) inName("issuer.parent", is.parent(), day, out);
            inName("issuer.name", is.fullName(), day, out);
            return out;
        }

        private void inName(String path, String text, LocalDate day, List<Finding> out) {
            Matcher m = PROVINCE_IN_NAME.matcher(text);
            // TỈNH ỦY, TỈNH ĐOÀN, TỈNH ĐỘI name provincial bodies, not a province
            if (m.find() && !m.group(1).matches("(ỦY|UỶ|ĐOÀN|ĐỘI|HỘI)\\b.*")) check(path, m.group(1), day, true, out);
        }

        /** Reports {@code name} when it is a retired province, or, if {@code mustBeProvince}, not a current one. */
        private void check(String path, String name, LocalDate day, boolean mustBeProvince, List<Finding> out) {
            Optional<ReformData.Province> p = ReformData.get().province(name);
            if (p.isPresent() ? p.get().validOn(day) : !mustBeProvince) return;
            out.add(warning(path, text(1, name, IssueDates.shortDate(day), day),
                    null, name, null));
        }
    }

    /**
     * REFORM-2025-DEPARTMENT: from 2025-03-01 the merged departments and ministries no longer exist under their old
     * names (Sở Thông tin và Truyền thông, Sở Kế hoạch và Đầu tư, …; Nghị định 45/2025/NĐ-CP; docs/decree-reference.md). The
     * opening is not checked: it may cite a document those bodies issued before.
     */
    static final class NoRetiredBody extends AbstractRule {
        NoRetiredBody() {
            super("REFORM-2025-DEPARTMENT", "Từ 01/3/2025 không ghi tên sở, bộ đã hợp nhất", "Nghị định 45/2025/NĐ-CP");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            LocalDate day = IssueDates.reference(inv, ctx);
            List<Finding> out = new ArrayList<>();
            for (Map.Entry<String, String> t : namedTexts(view).entrySet()) {
                String key = Names.key(t.getValue());
                for (ReformData.RetiredBody b : ReformData.get().retired()) {
                    if (day.isBefore(b.retiredFrom())) continue;
                    if (b.keys().stream().noneMatch(s -> Names.containsWords(key, s))) continue;
                    out.add(warning(t.getKey(), text(1, IssueDates.shortDate(b.retiredFrom()), b.name(), b.replacedBy(), b.retiredFrom()),
                            b.replacedBy(), b.name(), null));
                }
            }
            return out;
        }
    }
}
