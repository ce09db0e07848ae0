package vn.giaymoi.domain.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;

/** Quy tắc số, ký hiệu (rules of ô 3: the number and the symbol), ND30 PL I §II.3 and Phụ lục III. */
final class NumberRules {
    private NumberRules() {}

    static List<Rule> all() {
        return List.of(new NumberPadding(), new NumberFromOne(), new SymbolFormat(), new GiayMoiSymbol(),
                new CongVanSymbol(), new NumberWhenIssuing());
    }

    /**
     * Type abbreviations of Phụ lục III Part I (exact case), plus {@code CV}, which peers use for a công văn
     * although the decree gives the công văn none.
     */
    static final Set<String> TYPE_ABBREVIATIONS = Set.of("NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH",
            "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
            "SY", "TrS", "SL");

    static boolean isTypeAbbreviation(String group) {
        String g = group.strip();
        return g.equalsIgnoreCase("CV")
                || TYPE_ABBREVIATIONS.stream().anyMatch(t -> t.toUpperCase(Locale.ROOT).equals(g.toUpperCase(Locale.ROOT)));
    }

    /**
     * ND30-NUMBER-PAD: numbers 1–9 are written 01–09, larger numbers without leading zeros, never three digits
     * for a small number (NĐ 30/2020 PL I §II.3.a).
     */
    static final class NumberPadding extends AbstractRule {
        NumberPadding() {
            super("ND30-NUMBER-PAD", "Số văn bản dưới 10 viết 01–09, không thêm số 0 khác", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.a");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (n.isDraft() || n.number().getAsInt() < 1) return List.of();
            int value = n.number().getAsInt();
            String expected = value < 10 ? "0" + value : Integer.toString(value);
            if (expected.equals(n.sequence())) return List.of();
            Fix fix = new Fix("Viết số " + expected, "Write the number as " + expected,
                    i -> i.withNumber(new DocumentNumber(expected, i.number().symbol())));
            return List.of(error("number",
                    text(1, expected),
                    expected, n.sequence(), fix));
        }
    }

    /** ND30-NUMBER-RANGE: the series starts at 01 each year; 0 is not a number (NĐ 30/2020 Điều 15.1). */
    static final class NumberFromOne extends AbstractRule {
        NumberFromOne() {
            super("ND30-NUMBER-RANGE", "Số văn bản bắt đầu từ 01", "NĐ 30/2020/NĐ-CP, Điều 15 khoản 1");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (n.isDraft() || n.number().getAsInt() >= 1) return List.of();
            return List.of(error("number", text(1, n.sequence()), "01", n.sequence(), null));
        }
    }

    /**
     * ND30-SYMBOL-FORMAT: the ký hiệu is groups of letters and digits joined by {@code -}, with no spaces
     * (NĐ 30/2020 PL I §II.3.c).
     */
    static final class SymbolFormat extends AbstractRule {
        private static final String GROUP = "[\\p{Lu}0-9][\\p{L}0-9&_.]*";

        SymbolFormat() {
            super("ND30-SYMBOL-FORMAT", "Ký hiệu gồm các nhóm chữ nối bằng '-', không có khoảng trắng", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.c");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String s = inv.number().symbol();
            if (inv.number().partyStyle() || s.matches(GROUP + "(-" + GROUP + ")*")) return List.of(); // Party form: HD36-NUMBER-*
            String joined = s.replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", "");
            boolean certain = !joined.equals(s) && joined.matches(GROUP + "(-" + GROUP + ")*");
            Fix fix = certain ? new Fix("Viết ký hiệu " + joined, "Write the symbol as " + joined,
                    i -> i.withNumber(new DocumentNumber(i.number().sequence(), joined))) : null;
            return List.of(error("number",
                    text(1, s),
                    certain ? joined : null, s, fix));
        }
    }

    /** ND30-GM-SYMBOL: a giấy mời's ký hiệu starts with {@code GM-} (NĐ 30/2020 PL I §II.3.b; Phụ lục III). */
    static final class GiayMoiSymbol extends AbstractRule {
        GiayMoiSymbol() {
            super("ND30-GM-SYMBOL", "Ký hiệu giấy mời bắt đầu bằng GM-", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.b; Phụ lục III");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String s = inv.number().symbol();
            if (inv.kind() != InvitationKind.GIAY_MOI || s.startsWith("GM-")) return List.of();
            return List.of(error("number",
                    text(1),
                    "GM-…", s, null));
        }
    }

    /**
     * ND30-CV-SYMBOL: a công văn has no type abbreviation; its ký hiệu is the issuer's abbreviation, then the
     * drafting unit's ({@code UBND-VX}); {@code CV-…} or {@code GM-…} is wrong (NĐ 30/2020 PL I §II.3.b).
     */
    static final class CongVanSymbol extends AbstractRule {
        CongVanSymbol() {
            super("ND30-CV-SYMBOL", "Ký hiệu công văn không có chữ viết tắt tên loại", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3.b; Phụ lục III");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            DocumentNumber n = inv.number();
            if (inv.kind() != InvitationKind.CONG_VAN || !isTypeAbbreviation(n.firstGroup())) return List.of();
            String rest = n.symbol().contains("-") ? n.symbol().substring(n.symbol().indexOf('-') + 1) : null;
            return List.of(error("number",
                    text(1, n.firstGroup()),
                    rest, n.symbol(), null));
        }
    }

    /** ND30-ISSUE-NUMBER: a document is issued with its number (NĐ 30/2020 Điều 15.2–3); a draft may leave it blank. */
    static final class NumberWhenIssuing extends AbstractRule {
        NumberWhenIssuing() {
            super("ND30-ISSUE-NUMBER", "Ban hành phải có số văn bản", "NĐ 30/2020/NĐ-CP, Điều 15");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!ctx.issuing() || !inv.number().isDraft()) return List.of();
            return List.of(error("number", text(1),
                    "01…", "", null));
        }
    }
}
