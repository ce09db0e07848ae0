package vn.giaymoi.domain.rules;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.recipient.ArchiveLine;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/** Quy tắc Kính gửi và Nơi nhận (rules of ô 9a and ô 9b), ND30 PL I §II.9. */
final class RecipientRules {
    private RecipientRules() {}

    static final String BASIS = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d";

    static List<Rule> all() {
        return List.of(new AddresseePunctuation(), new DistributionPunctuation(), new ArchiveLast(), new ArchiveKeptByVt(),
                new ArchivePeriod(), new DrafterMark(), new CongVanAsAbove(), new GiayMoiAsAbove(), new NoStoredDash());
    }

    /**
     * ND30-ADDR-PUNCT: several Kính gửi lines each end with {@code ;} and the last with {@code .}; a single
     * addressee on the Kính gửi line takes no {@code ;} (NĐ 30/2020 PL I §II.9.d).
     */
    static final class AddresseePunctuation extends AbstractRule {
        AddresseePunctuation() {
            super("ND30-ADDR-PUNCT", "Dòng Kính gửi kết thúc bằng ';', dòng cuối bằng '.'", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<RichText> entries = inv.addressees().entries();
            List<Finding> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String plain = entries.get(i).plain().strip();
                boolean last = i == entries.size() - 1;
                String mark;
                if (entries.size() == 1) {
                    if (!plain.endsWith(";") && !plain.endsWith(",")) continue;
                    mark = "";
                } else {
                    mark = last ? "." : ";";
                    if (plain.endsWith(mark)) continue;
                }
                int index = i;
                String original = entries.get(i).markup();
                String fixed = Edits.endingWith(original, mark);
                Fix fix = new Fix("Kết thúc dòng Kính gửi bằng '" + mark + "'", "End the Kính gửi line with '" + mark + "'",
                        x -> Edits.addresseeEntry(x, index, original, m -> Edits.endingWith(m, mark)));
                out.add(error("addressees[" + i + "]", text(entries.size() == 1 ? 1 : last ? 2 : 3),
                        RichText.of(fixed).plain(), plain, fix));
            }
            return out;
        }
    }

    /**
     * ND30-DIST-PUNCT: every Nơi nhận line before the archive line ends with {@code ;} (NĐ 30/2020 PL I §II.9.d).
     */
    static final class DistributionPunctuation extends AbstractRule {
        DistributionPunctuation() {
            super("ND30-DIST-PUNCT", "Dòng Nơi nhận kết thúc bằng ';'", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<RichText> entries = inv.distribution().entries();
            List<Finding> out = new ArrayList<>();
            for (int i = 0; i < entries.size() - 1; i++) {
                String plain = entries.get(i).plain().strip();
                if (plain.endsWith(";")) continue;
                int index = i;
                String original = entries.get(i).markup();
                String fixed = Edits.endingWith(original, ";");
                out.add(error("distribution[" + i + "]", text(1), RichText.of(fixed).plain(), plain,
                        new Fix("Kết thúc dòng bằng ';'", "End the line with ';'", x -> Edits.distributionEntry(x, index, original, m -> Edits.endingWith(m, ";")))));
            }
            return out;
        }
    }

    /**
     * ND30-ARCHIVE-LAST: the last Nơi nhận line is the archive line {@code Lưu: VT, …} (NĐ 30/2020 PL I §II.9.d).
     */
    static final class ArchiveLast extends AbstractRule {
        ArchiveLast() {
            super("ND30-ARCHIVE-LAST", "Dòng cuối Nơi nhận là 'Lưu: VT, …'", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            Distribution d = inv.distribution();
            if (d.archive().isPresent()) return List.of();
            String path = d.isEmpty() ? "distribution" : "distribution[" + (d.entries().size() - 1) + "]";
            String actual = d.isEmpty() ? "" : d.entries().get(d.entries().size() - 1).plain();
            return List.of(error(path, text(1), "Lưu: VT, ….", actual, null));
        }
    }

    /** ND30-ARCHIVE-VT: the archive line names the văn thư ({@code VT}) first (NĐ 30/2020 PL I §II.9.d). */
    static final class ArchiveKeptByVt extends AbstractRule {
        ArchiveKeptByVt() {
            super("ND30-ARCHIVE-VT", "Dòng Lưu có VT (văn thư)", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            Distribution d = inv.distribution();
            if (d.archive().map(ArchiveLine::keptByRecordsOffice).orElse(true)) return List.of();
            int last = d.entries().size() - 1;
            String markup = d.entries().get(last).markup();
            String fixed = markup.replaceFirst("Lưu\\s*:?\\s*", "Lưu: VT, ");
            return List.of(error("distribution[" + last + "]", text(1), RichText.of(fixed).plain(),
                    d.entries().get(last).plain(),
                    new Fix("Thêm 'VT' vào dòng Lưu", "Add 'VT' to the archive line", x -> Edits.distributionEntry(x, last, markup, m -> m.replaceFirst("Lưu\\s*:?\\s*", "Lưu: VT, ")))));
        }
    }

    /**
     * ND30-ARCHIVE-PERIOD: the archive line, last of Nơi nhận, ends with {@code .} — not {@code ;}, not nothing
     * (NĐ 30/2020 PL I §II.9.d).
     */
    static final class ArchivePeriod extends AbstractRule {
        ArchivePeriod() {
            super("ND30-ARCHIVE-PERIOD", "Dòng Lưu kết thúc bằng '.'", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            Distribution d = inv.distribution();
            if (d.archive().map(ArchiveLine::endsWithPeriod).orElse(true)) return List.of();
            int last = d.entries().size() - 1;
            String plain = d.entries().get(last).plain().strip();
            String markup = d.entries().get(last).markup();
            String fixed = Edits.endingWith(markup, ".");
            return List.of(error("distribution[" + last + "]", text(1, (plain.endsWith(";") ? ", không phải ';'" : ""), (plain.endsWith(";") ? ", not ';'" : "")),
                    RichText.of(fixed).plain(), plain,
                    new Fix("Kết thúc dòng Lưu bằng '.'", "End the archive line with '.'", x -> Edits.distributionEntry(x, last, markup, m -> Edits.endingWith(m, ".")))));
        }
    }

    /**
     * ND30-DRAFTER-MARK: ô 12 after the archive line, when written, is the drafter's symbol in capitals and the copies
     * issued in digits, {@code PL.(300)} (NĐ 30/2020 PL I §III.3). A warning: provinces write drafters' initials in
     * mixed case ({@code TH(Hg)}, docs/decree-reference.md).
     */
    static final class DrafterMark extends AbstractRule {
        DrafterMark() {
            super("ND30-DRAFTER-MARK", "Ký hiệu người đánh máy viết hoa, số bản bằng chữ số: PL.(300)", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục III.3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            Distribution d = inv.distribution();
            var archive = d.archive();
            if (archive.isEmpty() || archive.get().drafterMarkWellFormed()) return List.of();
            String mark = archive.get().drafterMark();
            String wanted = mark.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
            int last = d.entries().size() - 1;
            String markup = d.entries().get(last).markup();
            Fix fix = markup.contains(mark) ? new Fix("Viết ký hiệu người đánh máy '" + wanted + "'", "Write the drafter mark '" + wanted + "'",
                    x -> Edits.distributionEntry(x, last, markup, m -> m.replace(mark, wanted))) : null;
            return List.of(warning("distribution[" + last + "]",
                    text(1),
                    wanted, mark, fix));
        }
    }

    /** ND30-CV-AS-ABOVE: a công văn's Nơi nhận starts with {@code Như trên;} (NĐ 30/2020 PL I §II.9.b). */
    static final class CongVanAsAbove extends AbstractRule {
        CongVanAsAbove() {
            super("ND30-CV-AS-ABOVE", "Nơi nhận của công văn bắt đầu bằng 'Như trên;'", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            Distribution d = inv.distribution();
            if (inv.kind() != InvitationKind.CONG_VAN || d.startsWithAsAbove()) return List.of();
            Fix fix = new Fix("Đặt 'Như trên;' lên đầu Nơi nhận", "Put 'Như trên;' first in Nơi nhận", x -> {
                List<RichText> entries = new ArrayList<>(x.distribution().entries());
                entries.removeIf(e -> e.plain().strip().startsWith("Như trên"));
                entries.add(0, RichText.of("Như trên;"));
                return x.withDistribution(x.distribution().withEntries(entries));
            });
            return List.of(error(d.isEmpty() ? "distribution" : "distribution[0]",
                    text(1), "Như trên;",
                    d.isEmpty() ? "" : d.entries().get(0).plain(), fix));
        }
    }

    /**
     * ND30-GM-AS-ABOVE: a giấy mời has no Kính gửi for {@code Như trên} to point to; its first Nơi nhận line is
     * {@code Như thành phần mời;} (PL III Mẫu 1.7; NĐ 30/2020 PL I §II.9.b–c; a warning, practice).
     */
    static final class GiayMoiAsAbove extends AbstractRule {
        GiayMoiAsAbove() {
            super("ND30-GM-AS-ABOVE", "Giấy mời không ghi 'Như trên' ở Nơi nhận", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b–c; Phụ lục III, Mẫu 1.7");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.GIAY_MOI || !inv.addressees().isEmpty()) return List.of();
            List<RichText> entries = inv.distribution().entries();
            for (int i = 0; i < entries.size(); i++) {
                if (!entries.get(i).plain().strip().startsWith("Như trên")) continue;
                int index = i;
                return List.of(warning("distribution[" + i + "]",
                        text(1),
                        "Như thành phần mời;", entries.get(i).plain(),
                        new Fix("Ghi 'Như thành phần mời;'", "Write 'Như thành phần mời;'",
                                x -> Edits.distributionEntry(x, index, entries.get(index).markup(), m -> "Như thành phần mời;"))));
            }
            return List.of();
        }
    }

    /**
     * ND30-LIST-DASH: Kính gửi and Nơi nhận lines are stored without their leading {@code -}, which renderers
     * draw once (NĐ 30/2020 PL I §II.9.d: one dash per line); a stored dash would print twice.
     */
    static final class NoStoredDash extends AbstractRule {
        NoStoredDash() {
            super("ND30-LIST-DASH", "Dòng Kính gửi, Nơi nhận không tự ghi dấu '-' đầu dòng", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<Finding> out = new ArrayList<>();
            scan("addressees", inv.addressees().entries(), Edits::addresseeEntry, out);
            scan("distribution", inv.distribution().entries(), Edits::distributionEntry, out);
            return out;
        }

        private interface Rewrite {
            Invitation apply(Invitation inv, int index, String original, java.util.function.UnaryOperator<String> change);
        }

        private void scan(String field, List<RichText> entries, Rewrite rewrite, List<Finding> out) {
            for (int i = 0; i < entries.size(); i++) {
                String markup = entries.get(i).markup();
                if (!markup.matches("^[-–—+•]\\s*\\S.*")) continue;
                String fixed = markup.replaceFirst("^[-–—+•]\\s*", "");
                int index = i;
                out.add(warning(field + "[" + i + "]", text(1), RichText.of(fixed).plain(),
                        entries.get(i).plain(), new Fix("Bỏ dấu '-' đầu dòng", "Remove the leading '-'",
                                x -> rewrite.apply(x, index, markup, m -> m.replaceFirst("^[-–—+•]\\s*", "")))));
            }
        }
    }
}
