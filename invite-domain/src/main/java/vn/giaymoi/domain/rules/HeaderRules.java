package vn.giaymoi.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.text.RichText;

/** Quy tắc phần đầu (rules of the header: issuer, trích yếu, Kính gửi), ND30 PL I §II.2, §II.5, §II.9. */
final class HeaderRules {
    private HeaderRules() {}

    static List<Rule> all() {
        return List.of(new IssuerFullName(), new GiayMoiSubject(), new CongVanSubject(), new CongVanSubjectStyle(),
                new CongVanAddressees(), new GiayMoiWithoutAddressees());
    }

    /**
     * ND30-ISSUER-FULL-NAME: the issuing body is written with its official full name; only the parent line may
     * shorten common phrases ({@code UBND TỈNH HÀ TĨNH}) (NĐ 30/2020 PL I §II.2.a–b; a warning: docs/decree-reference.md
     * [INFER]).
     */
    static final class IssuerFullName extends AbstractRule {
        private static final Map<String, String> EXPANSIONS = Map.of("UBND", "ỦY BAN NHÂN DÂN", "HĐND", "HỘI ĐỒNG NHÂN DÂN");
        private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}])(UBND|HĐND|UB|TP\\.?|VPUB|VP)(?![\\p{L}])");

        IssuerFullName() {
            super("ND30-ISSUER-FULL-NAME", "Tên cơ quan ban hành viết đầy đủ, không viết tắt", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            Issuer is = inv.issuer();
            Matcher m = ABBREVIATION.matcher(is.name());
            if (!m.find()) return List.of();
            String expanded = is.name();
            boolean certain = true;
            Matcher all = ABBREVIATION.matcher(is.name());
            while (all.find()) {
                String full = EXPANSIONS.get(all.group(1));
                if (full == null) certain = false;
                else expanded = expanded.replace(all.group(1), full);
            }
            String name = expanded;
            Fix fix = certain ? new Fix("Viết tên cơ quan: " + name.replace('\n', ' '), "Write the issuer as " + name.replace('\n', ' '),
                    i -> Edits.issuer(i, new Issuer(i.issuer().parent(), name, i.issuer().abbreviation(), i.issuer().level(),
                            i.issuer().province()))) : null;
            return List.of(warning("issuer.name",
                    text(1, m.group(1)),
                    certain ? name.replace('\n', ' ') : null, is.fullName(), fix));
        }
    }

    /**
     * ND30-GM-SUBJECT: a giấy mời's trích yếu sits under {@code GIẤY MỜI} and does not start with {@code V/v}, which
     * belongs to a công văn (NĐ 30/2020 PL I §II.5.b; Mẫu 1.7).
     */
    static final class GiayMoiSubject extends AbstractRule {
        private static final Pattern VV = Pattern.compile("^(?i:v/v|về việc)\\s*:?\\s*");

        GiayMoiSubject() {
            super("ND30-GM-SUBJECT", "Trích yếu giấy mời không bắt đầu bằng V/v", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.b; Phụ lục III, Mẫu 1.7");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String s = inv.subject().markup();
            Matcher m = VV.matcher(s);
            if (inv.kind() != InvitationKind.GIAY_MOI || !m.find() || m.end() >= s.length()) return List.of();
            String rest = s.substring(m.end());
            String fixed = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            Fix fix = new Fix("Bỏ 'V/v' khỏi trích yếu", "Drop 'V/v' from the subject", i -> i.withSubject(RichText.of(fixed)));
            return List.of(error("subject",
                    text(1),
                    RichText.of(fixed).plain(), inv.subject().plain(), fix));
        }
    }

    /** ND30-CV-VV: a công văn's trích yếu is written {@code V/v …} (NĐ 30/2020 PL I §II.5.b; PL III Mẫu 1.5). */
    static final class CongVanSubject extends AbstractRule {
        private static final Pattern VARIANT = Pattern.compile("^(?i:v/v|về việc)\\s*:?\\s*");

        CongVanSubject() {
            super("ND30-CV-VV", "Trích yếu công văn viết 'V/v …'", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.b; Phụ lục III, Mẫu 1.5");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String plain = inv.subject().plain();
            if (inv.kind() != InvitationKind.CONG_VAN || plain.startsWith("V/v ")) return List.of();
            String fixed = withVv(inv.subject().markup());
            Fix fix = fixed == null ? null : new Fix("Viết trích yếu '" + fixed + "'", "Write the subject as '" + fixed + "'",
                    i -> {
                        String f = withVv(i.subject().markup());
                        return f == null ? i : i.withSubject(RichText.of(f));
                    });
            return List.of(error("subject", text(1), fixed == null ? "V/v …" : RichText.of(fixed).plain(),
                    plain, fix));
        }

        /** {@code markup} starting with {@code V/v }, or {@code null} when emphasis makes the rewrite uncertain. */
        private static String withVv(String markup) {
            if (markup.startsWith("V/v ")) return markup;
            Matcher m = VARIANT.matcher(markup);
            if (m.find()) return "V/v " + markup.substring(m.end());
            return markup.startsWith("*") ? null : "V/v " + markup;
        }
    }

    /**
     * ND30-CV-VV-STYLE: the {@code V/v} line of a công văn is upright and not bold (ô 5b, 12–13 pt, regular;
     * NĐ 30/2020 PL I §II.5.b), so its text carries no emphasis.
     */
    static final class CongVanSubjectStyle extends AbstractRule {
        CongVanSubjectStyle() {
            super("ND30-CV-VV-STYLE", "Dòng V/v viết chữ đứng, không đậm, không nghiêng", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.CONG_VAN || !inv.subject().hasEmphasis()) return List.of();
            String plain = inv.subject().plain();
            Fix fix = new Fix("Bỏ chữ đậm, nghiêng trong dòng V/v", "Remove bold and italic from the V/v line",
                    i -> i.withSubject(RichText.of(Edits.literal(i.subject().plain()))));
            return List.of(error("subject", text(1), plain,
                    inv.subject().markup(), fix));
        }
    }

    /** ND30-CV-ADDRESSEES: a công văn names its addressees after {@code Kính gửi:} (NĐ 30/2020 PL I §II.9.b). */
    static final class CongVanAddressees extends AbstractRule {
        CongVanAddressees() {
            super("ND30-CV-ADDRESSEES", "Công văn phải có Kính gửi", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.CONG_VAN || !inv.addressees().isEmpty()) return List.of();
            return List.of(error("addressees", text(1), "Kính gửi: …", "", null));
        }
    }

    /**
     * ND30-GM-NO-ADDRESSEES: a giấy mời has no {@code Kính gửi}; its invitees are named in the content after
     * {@code trân trọng kính mời} (PL III Mẫu 1.7; NĐ 30/2020 PL I §II.9.c; a warning, docs/decree-reference.md item 19).
     */
    static final class GiayMoiWithoutAddressees extends AbstractRule {
        GiayMoiWithoutAddressees() {
            super("ND30-GM-NO-ADDRESSEES", "Giấy mời không có Kính gửi", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.c; Phụ lục III, Mẫu 1.7");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.GIAY_MOI || inv.addressees().isEmpty()) return List.of();
            return List.of(warning("addressees",
                    text(1),
                    "", String.join(" ", inv.addressees().entries().stream().map(RichText::plain).toList()), null));
        }
    }
}
