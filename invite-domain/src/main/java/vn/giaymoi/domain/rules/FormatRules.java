package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;

/**
 * Quy tắc theo loại và thể thức văn bản (rules of the kinds beyond the giấy mời, and of the Party's format): a
 * thông báo's and a công điện's ký hiệu, a công điện's recipients, and a Party document's number and signing
 * forms (Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng).
 */
final class FormatRules {
    private FormatRules() {}

    /** The Party's guide, as findings cite it. */
    static final String HD36 = "HD 36-HD/VPTW (2018)";

    static List<Rule> all() {
        return List.of(new KindSymbol(InvitationKind.THONG_BAO, "ND30-TB-SYMBOL"),
                new KindSymbol(InvitationKind.CONG_DIEN, "ND30-CD-SYMBOL"), new CongDienRecipients(),
                new PartyNumberForm(), new PartyTypeSymbol(), new AuthorityForm(), new PartyDistributionPunctuation(),
                new PartyArchiveLast());
    }

    /**
     * Rules of the State's format that a Party document answers differently: its ký hiệu ({@code GM/BTGTU},
     * {@code CV/BTGTU}), a công văn's trích yếu without {@code V/v}, Nơi nhận lines ending with {@code ,} and the
     * archive line {@code Lưu Văn phòng …} (HD 36-HD/VPTW mục II.1.3, II.1.5, II.1.9), its standing deputies
     * ({@code PHÓ TRƯỞNG BAN THƯỜNG TRỰC}), and no chair line, which the meeting regime of State administrative
     * bodies asks for.
     */
    static final java.util.Set<String> STATE_ONLY = java.util.Set.of("ND30-GM-SYMBOL", "ND30-CV-SYMBOL", "ND30-CV-VV",
            "ND30-DIST-PUNCT", "ND30-ARCHIVE-LAST", "ND30-ARCHIVE-VT", "ND30-ARCHIVE-PERIOD", "ND30-CV-AS-ABOVE",
            "ND30-SIGN-TITLE-OFFICIAL", "QD45-CHAIR");

    /** Whether {@code rule} applies to {@code inv}: every rule does, except the State-only ones on a Party document. */
    static boolean applies(Rule rule, Invitation inv) {
        return !inv.isParty() || !STATE_ONLY.contains(rule.id());
    }

    /**
     * HD36-DIST-PUNCT: in a Party document every Nơi nhận line but the last ends with a comma, the last (the archive
     * line) with a period (HD 36-HD/VPTW mục II.1.9).
     */
    static final class PartyDistributionPunctuation extends AbstractRule {
        PartyDistributionPunctuation() {
            super("HD36-DIST-PUNCT", "Nơi nhận văn bản của Đảng: mỗi dòng kết thúc bằng ',', dòng cuối bằng '.'",
                    HD36 + " mục II.1.9");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!inv.isParty()) return List.of();
            List<Finding> out = new ArrayList<>();
            List<vn.giaymoi.domain.text.RichText> entries = inv.distribution().entries();
            for (int i = 0; i < entries.size(); i++) {
                String mark = i == entries.size() - 1 ? "." : ",";
                String plain = entries.get(i).plain().strip();
                if (plain.endsWith(mark)) continue;
                String original = entries.get(i).markup();
                String fixed = Edits.endingWith(original, mark);
                int index = i;
                out.add(error("distribution[" + i + "]",
                        text(1, mark, (mark.equals(",") ? " (dòng cuối bằng dấu '.')" : "")),
                        vn.giaymoi.domain.text.RichText.of(fixed).plain(), plain,
                        new Fix("Kết thúc dòng bằng '" + mark + "'", "End the line with '" + mark + "'",
                                x -> Edits.distributionEntry(x, index, original, m -> Edits.endingWith(m, mark)))));
            }
            return out;
        }
    }

    /** HD36-ARCHIVE: a Party document's last Nơi nhận line is the archive line {@code Lưu …} (HD 36-HD/VPTW mục II.1.9). */
    static final class PartyArchiveLast extends AbstractRule {
        PartyArchiveLast() {
            super("HD36-ARCHIVE", "Nơi nhận văn bản của Đảng kết thúc bằng dòng 'Lưu …'", HD36 + " mục II.1.9");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<vn.giaymoi.domain.text.RichText> entries = inv.distribution().entries();
            if (!inv.isParty() || entries.isEmpty()) return List.of();
            String last = entries.get(entries.size() - 1).plain().strip();
            if (last.startsWith("Lưu")) return List.of();
            return List.of(error("distribution[" + (entries.size() - 1) + "]",
                    text(1),
                    "Lưu …", last, null));
        }
    }

    /**
     * ND30-TB-SYMBOL, ND30-CD-SYMBOL: a thông báo's ký hiệu starts with {@code TB-}, a công điện's with {@code CĐ-}
     * (NĐ 30/2020 PL I §II.3.b; Phụ lục III, Part I).
     */
    static final class KindSymbol extends AbstractRule {
        private final InvitationKind kind;
        private final String prefix;

        KindSymbol(InvitationKind kind, String id) {
            super(id, "Ký hiệu " + kind.label().toLowerCase(java.util.Locale.ROOT) + " bắt đầu bằng "
                    + kind.abbreviation().orElseThrow() + "-", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.b; Phụ lục III");
            this.kind = kind;
            this.prefix = kind.abbreviation().orElseThrow() + "-";
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (inv.kind() != kind || inv.isParty() || n.partyStyle() || n.symbol().startsWith(prefix)) return List.of();
            String name = kind.label().toLowerCase(java.util.Locale.ROOT);
            String fixed = NumberRules.isTypeAbbreviation(n.firstGroup()) && n.symbol().contains("-")
                    ? prefix + n.symbol().substring(n.symbol().indexOf('-') + 1) : prefix + n.symbol();
            Fix fix = new Fix("Viết ký hiệu " + fixed, "Write the symbol as " + fixed,
                    i -> i.withNumber(new DocumentNumber(i.number().sequence(), fixed)));
            return List.of(error("number", text(1, name, prefix),
                    fixed, n.symbol(), fix));
        }
    }

    /**
     * ND30-CD-RECIPIENTS: a công điện names the bodies it is sent to under the sender's {@code … điện:} line
     * (NĐ 30/2020 PL III Mẫu 1.6); the input writes them as {@code addressees}.
     */
    static final class CongDienRecipients extends AbstractRule {
        CongDienRecipients() {
            super("ND30-CD-RECIPIENTS", "Công điện nêu nơi nhận điện", "NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.6");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.CONG_DIEN || !inv.addressees().isEmpty()) return List.of();
            return List.of(error("addressees",
                    text(1),
                    "- …;", "", null));
        }
    }

    /**
     * HD36-NUMBER-FORM: a Party document is numbered {@code Số 27-GM/BTGTU}, a State document {@code Số: 05/GM-UBND};
     * each format keeps its own (HD 36-HD/VPTW mục II.1.3; NĐ 30/2020 PL I §II.3).
     */
    static final class PartyNumberForm extends AbstractRule {
        PartyNumberForm() {
            super("HD36-NUMBER-FORM", "Số, ký hiệu theo đúng thể thức (Đảng: 27-GM/BTGTU; nhà nước: 05/GM-UBND)",
                    HD36 + " mục II.1.3; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (inv.isParty() == n.partyStyle()) return List.of();
            if (inv.isParty()) {
                return List.of(error("number",
                        text(1),
                        "…-" + inv.kind().abbreviation().orElse("CV") + "/…", n.toString(), null));
            }
            return List.of(error("number",
                    text(2, n),
                    "…/…-…", n.toString(), null));
        }
    }

    /**
     * HD36-TYPE-SYMBOL: in a Party number the part before the slash is the document type: {@code GM} for a giấy
     * mời, {@code TB} for a thông báo, {@code CV} for a công văn, {@code CĐ} for a công điện (HD 36-HD/VPTW mục
     * II.1.3).
     */
    static final class PartyTypeSymbol extends AbstractRule {
        PartyTypeSymbol() {
            super("HD36-TYPE-SYMBOL", "Ký hiệu văn bản của Đảng mở đầu bằng tên loại viết tắt", HD36 + " mục II.1.3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (!inv.isParty() || !n.partyStyle()) return List.of();
            String expected = inv.kind().abbreviation().orElse("CV");
            if (n.firstGroup().equals(expected)) return List.of();
            String fixed = expected + n.symbol().substring(n.symbol().indexOf('/'));
            Fix fix = new Fix("Viết ký hiệu " + fixed, "Write the symbol as " + fixed,
                    i -> i.withNumber(new DocumentNumber(i.number().sequence(), fixed)));
            String name = inv.kind().label().toLowerCase(java.util.Locale.ROOT);
            return List.of(error("number",
                    text(1, name, expected, n.sequence(), fixed), fixed, n.symbol(), fix));
        }
    }

    /**
     * HD36-AUTHORITY-FORM: a Party document writes the signing authority {@code T/M}, {@code K/T}, {@code T/L},
     * {@code T/UQ} (HD 36-HD/VPTW mục II.1.7); a State document {@code TM.}, {@code KT.}, {@code TL.}, {@code TUQ.}
     * (NĐ 30/2020 PL I §II.7.b). Mixing them is a common slip of offices that write both.
     */
    static final class AuthorityForm extends AbstractRule {
        AuthorityForm() {
            super("HD36-AUTHORITY-FORM", "Quyền hạn ký viết theo thể thức của văn bản (T/M, K/T hoặc TM., KT.)",
                    HD36 + " mục II.1.7; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<Finding> out = new ArrayList<>();
            List<AuthorityLine> lines = inv.signature().lines();
            boolean party = inv.isParty();
            for (int i = 0; i < lines.size(); i++) {
                AuthorityLine l = lines.get(i);
                if (l.partyForm() == party) continue;
                AuthorityLine fixed = new AuthorityLine(l.prefix(), l.subject(), party);
                int at = i;
                Fix fix = new Fix("Viết '" + fixed + "'", "Write '" + fixed + "'", doc -> {
                    List<AuthorityLine> ls = new ArrayList<>(doc.signature().lines());
                    ls.set(at, fixed);
                    SigningAuthority s = doc.signature();
                    return Edits.signature(doc, new SigningAuthority(ls, s.title(), s.signer()));
                });
                out.add(error("signature.authority[" + i + "]",
                        text(party ? 1 : 2, l.prefix().partyWritten(), l.prefix().written()),
                        fixed.toString(), l.toString(), fix));
            }
            return out;
        }
    }
}
