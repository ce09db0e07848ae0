package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;

/**
 * Quy tắc theo loại và thể thức văn bản (rules of the kinds beyond the giấy mời, and of the organisations' formats):
 * a thông báo's and a công điện's ký hiệu, a công điện's recipients, and the number, signing forms and Nơi nhận of a
 * Party document (Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng) and of a Youth Union document
 * (Hướng dẫn 29-HD/TWĐTN-VP ngày 29/10/2013 của Ban Bí thư Trung ương Đoàn). Each organisation's rule is one class
 * told which format it checks, so the two formats share their checks and keep their own ids and citations.
 */
final class FormatRules {
    private FormatRules() {}

    /** The Party's guide, as findings cite it. */
    static final String HD36 = DocumentFormat.PARTY.guide();
    /** The Youth Union's guide, as findings cite it; its parts are named by the components it lists (mục I.2). */
    static final String HD29 = DocumentFormat.YOUTH_UNION.guide();

    static List<Rule> all() {
        return List.of(new KindSymbol(InvitationKind.THONG_BAO, "ND30-TB-SYMBOL"),
                new KindSymbol(InvitationKind.CONG_DIEN, "ND30-CD-SYMBOL"), new CongDienRecipients(),
                new NumberForm(DocumentFormat.PARTY, "HD36-NUMBER-FORM", HD36 + " mục II.1.3; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3"),
                new TypeSymbol(DocumentFormat.PARTY, "HD36-TYPE-SYMBOL", HD36 + " mục II.1.3"),
                new AuthorityForm(DocumentFormat.PARTY, "HD36-AUTHORITY-FORM", HD36 + " mục II.1.7; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.b"),
                new DistributionPunctuation(DocumentFormat.PARTY, "HD36-DIST-PUNCT", ",", HD36 + " mục II.1.9"),
                new ArchiveLast(DocumentFormat.PARTY, "HD36-ARCHIVE", HD36 + " mục II.1.9"),
                new NumberForm(DocumentFormat.YOUTH_UNION, "HD29-NUMBER-FORM", HD29 + ", số và ký hiệu văn bản"),
                new TypeSymbol(DocumentFormat.YOUTH_UNION, "HD29-TYPE-SYMBOL", HD29 + ", số và ký hiệu văn bản"),
                new AuthorityForm(DocumentFormat.YOUTH_UNION, "HD29-AUTHORITY-FORM", HD29 + ", thể thức đề ký"),
                new DistributionPunctuation(DocumentFormat.YOUTH_UNION, "HD29-DIST-PUNCT", ";", HD29 + ", nơi nhận văn bản"),
                new ArchiveLast(DocumentFormat.YOUTH_UNION, "HD29-ARCHIVE", HD29 + ", nơi nhận văn bản"));
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

    /**
     * Rules of the State's format that a Youth Union document answers differently: its ký hiệu ({@code GM/TĐTN-VP}),
     * its Nơi nhận and archive line ({@code Lưu VP.}, checked by HD29-DIST-PUNCT and HD29-ARCHIVE), its titles
     * ({@code BÍ THƯ THƯỜNG TRỰC} is an office of the Đoàn), its issuing bodies shortened as the guide shortens
     * them ({@code BCH ĐOÀN TP. …}), and no chair line. A công văn keeps its {@code V/v}.
     */
    static final java.util.Set<String> NOT_FOR_YOUTH_UNION = java.util.Set.of("ND30-GM-SYMBOL", "ND30-CV-SYMBOL",
            "ND30-DIST-PUNCT", "ND30-ARCHIVE-LAST", "ND30-ARCHIVE-VT", "ND30-ARCHIVE-PERIOD", "ND30-CV-AS-ABOVE",
            "ND30-SIGN-TITLE-OFFICIAL", "ND30-ISSUER-FULL-NAME", "QD45-CHAIR");

    /** Whether {@code rule} applies to {@code inv}: every rule does, except the State's ones its format answers otherwise. */
    static boolean applies(Rule rule, Invitation inv) {
        return switch (inv.format()) {
            case STATE -> true;
            case PARTY -> !STATE_ONLY.contains(rule.id());
            case YOUTH_UNION -> !NOT_FOR_YOUTH_UNION.contains(rule.id());
        };
    }

    /**
     * HD36-DIST-PUNCT, HD29-DIST-PUNCT: every Nơi nhận line but the last ends with the format's mark, the last (the
     * archive line) with a period: {@code ,} in a Party document (HD 36-HD/VPTW mục II.1.9), {@code ;} in a Youth
     * Union document (HD 29-HD/TWĐTN-VP, nơi nhận văn bản).
     */
    static final class DistributionPunctuation extends AbstractRule {
        private final DocumentFormat format;
        private final String mark;

        DistributionPunctuation(DocumentFormat format, String id, String mark, String basis) {
            super(id, "Nơi nhận: mỗi dòng kết thúc bằng '" + mark + "', dòng cuối bằng '.'", basis);
            this.format = format;
            this.mark = mark;
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.format() != format) return List.of();
            List<Finding> out = new ArrayList<>();
            List<vn.giaymoi.domain.text.RichText> entries = inv.distribution().entries();
            for (int i = 0; i < entries.size(); i++) {
                String end = i == entries.size() - 1 ? "." : mark;
                String plain = entries.get(i).plain().strip();
                if (plain.endsWith(end)) continue;
                String original = entries.get(i).markup();
                String fixed = Edits.endingWith(original, end);
                int index = i;
                out.add(error("distribution[" + i + "]",
                        text(1, end, (end.equals(".") ? "" : " (dòng cuối bằng dấu '.')")),
                        vn.giaymoi.domain.text.RichText.of(fixed).plain(), plain,
                        new Fix("Kết thúc dòng bằng '" + end + "'", "End the line with '" + end + "'",
                                x -> Edits.distributionEntry(x, index, original, m -> Edits.endingWith(m, end)))));
            }
            return out;
        }
    }

    /**
     * HD36-ARCHIVE, HD29-ARCHIVE: an organisation's document ends its Nơi nhận with the archive line {@code Lưu …}
     * (HD 36-HD/VPTW mục II.1.9; HD 29-HD/TWĐTN-VP, nơi nhận văn bản).
     */
    static final class ArchiveLast extends AbstractRule {
        private final DocumentFormat format;

        ArchiveLast(DocumentFormat format, String id, String basis) {
            super(id, "Nơi nhận kết thúc bằng dòng 'Lưu …'", basis);
            this.format = format;
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<vn.giaymoi.domain.text.RichText> entries = inv.distribution().entries();
            if (inv.format() != format || entries.isEmpty()) return List.of();
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
            if (inv.kind() != kind || inv.format().organisation() || n.partyStyle() || n.symbol().startsWith(prefix)) return List.of();
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
     * HD36-NUMBER-FORM, HD29-NUMBER-FORM: an organisation's document is numbered {@code 27-GM/BTGTU} (Party),
     * {@code 15-GM/TĐTN-VP} (Youth Union), a State document {@code 05/GM-UBND}; each format keeps its own (HD
     * 36-HD/VPTW mục II.1.3; HD 29-HD/TWĐTN-VP, số và ký hiệu văn bản; NĐ 30/2020 PL I §II.3). The Party's rule also
     * tells a State document written with an organisation's number.
     */
    static final class NumberForm extends AbstractRule {
        private final DocumentFormat format;

        NumberForm(DocumentFormat format, String id, String basis) {
            super(id, "Số, ký hiệu theo đúng thể thức", basis);
            this.format = format;
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (inv.format() == format && !n.partyStyle()) {
                return List.of(error("number",
                        text(1),
                        "…-" + inv.kind().abbreviation().orElse("CV") + "/…", n.toString(), null));
            }
            if (format == DocumentFormat.PARTY && inv.format() == DocumentFormat.STATE && n.partyStyle()) {
                return List.of(error("number",
                        text(2, n),
                        "…/…-…", n.toString(), null));
            }
            return List.of();
        }
    }

    /**
     * HD36-TYPE-SYMBOL, HD29-TYPE-SYMBOL: in an organisation's number the part before the slash is the document
     * type: {@code GM} for a giấy mời, {@code TB} for a thông báo, {@code CV} for a công văn, {@code CĐ} for a công
     * điện (HD 36-HD/VPTW mục II.1.3; HD 29-HD/TWĐTN-VP, số và ký hiệu văn bản).
     */
    static final class TypeSymbol extends AbstractRule {
        private final DocumentFormat format;

        TypeSymbol(DocumentFormat format, String id, String basis) {
            super(id, "Ký hiệu văn bản mở đầu bằng tên loại viết tắt", basis);
            this.format = format;
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (inv.format() != format || !n.partyStyle()) return List.of();
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
     * HD36-AUTHORITY-FORM, HD29-AUTHORITY-FORM: a Party document writes the signing authority {@code T/M},
     * {@code K/T}, {@code T/L}, {@code T/UQ} (HD 36-HD/VPTW mục II.1.7); a State document (NĐ 30/2020 PL I §II.7.b)
     * and a Youth Union document ({@code TM. BAN THƯỜNG VỤ}, {@code KT. BÍ THƯ}; HD 29-HD/TWĐTN-VP, thể thức đề ký)
     * {@code TM.}, {@code KT.}, {@code TL.}, {@code TUQ.}. Mixing them is a common slip of offices that write both.
     * The Party's rule checks Party and State documents, as it did before the Youth Union's format.
     */
    static final class AuthorityForm extends AbstractRule {
        private final DocumentFormat format;

        AuthorityForm(DocumentFormat format, String id, String basis) {
            super(id, "Quyền hạn ký viết theo thể thức của văn bản (T/M, K/T hoặc TM., KT.)", basis);
            this.format = format;
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            boolean mine = inv.format() == format || format == DocumentFormat.PARTY && inv.format() == DocumentFormat.STATE;
            if (!mine) return List.of();
            List<Finding> out = new ArrayList<>();
            List<AuthorityLine> lines = inv.signature().lines();
            boolean slash = inv.format().slashAuthority();
            for (int i = 0; i < lines.size(); i++) {
                AuthorityLine l = lines.get(i);
                if (l.partyForm() == slash) continue;
                AuthorityLine fixed = new AuthorityLine(l.prefix(), l.subject(), slash);
                int at = i;
                Fix fix = new Fix("Viết '" + fixed + "'", "Write '" + fixed + "'", doc -> {
                    List<AuthorityLine> ls = new ArrayList<>(doc.signature().lines());
                    ls.set(at, fixed);
                    SigningAuthority s = doc.signature();
                    return Edits.signature(doc, new SigningAuthority(ls, s.title(), s.signer()));
                });
                int message = inv.format() == DocumentFormat.STATE ? 2 : 1;
                out.add(error("signature.authority[" + i + "]",
                        text(message, l.prefix().partyWritten(), l.prefix().written()),
                        fixed.toString(), l.toString(), fix));
            }
            return out;
        }
    }
}
