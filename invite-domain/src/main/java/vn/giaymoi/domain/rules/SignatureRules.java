package vn.giaymoi.domain.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.AuthorityPrefix;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.Invitation;

/** Quy tắc khối chữ ký (rules of the signing block, ô 7), ND30 Điều 13 and PL I §II.7. */
final class SignatureRules {
    private SignatureRules() {}

    static final String BASIS = "NĐ 30/2020/NĐ-CP, Điều 13; Phụ lục I, mục II.7";

    static List<Rule> all() {
        return List.of(new KtOverDeputy(), new NoKtUnderTuq(), new TmForCollective(), new StackOrder(),
                new TitleAfterPrefix(), new OfficialTitle(), new NoHonorific(), new NameCase(), new NameWhenIssuing());
    }

    /** The prefixes of the block, top to bottom: {@code TL KT}. */
    static String stack(SigningAuthority s) {
        return s.lines().stream().map(l -> l.prefix().name()).collect(Collectors.joining(" "));
    }

    static boolean isDeputy(String title) {
        String t = title.strip().toUpperCase(Locale.ROOT);
        return t.startsWith("PHÓ ") || t.startsWith("THỨ TRƯỞNG");
    }

    /** Words that open the name of a collective body, which alone may follow TM. (Điều 13.1). */
    private static final List<String> COLLECTIVES = List.of("ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "BAN ",
            "CHÍNH PHỦ", "THƯỜNG TRỰC", "ĐOÀN ", "ĐẢNG ỦY", "ĐẢNG UỶ", "TẬP THỂ", "TỔ ", "HỘI ", "LIÊN ĐOÀN", "QUỐC HỘI",
            "BỘ CHÍNH TRỊ");

    /**
     * ND30-SIGN-KT: a deputy signs {@code KT.} for the head, so the {@code KT.} line names the head and is directly
     * followed by the deputy's own title ({@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH}) (NĐ 30/2020 Điều 13.1.b; PL I §II.7.b).
     */
    static final class KtOverDeputy extends AbstractRule {
        KtOverDeputy() {
            super("ND30-SIGN-KT", "KT. đứng trên chức vụ cấp phó (PHÓ …)", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            SigningAuthority s = inv.signature();
            List<AuthorityLine> lines = s.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).prefix() != AuthorityPrefix.KT) continue;
                String path = "signature.authority[" + i + "]";
                if (isDeputy(lines.get(i).subject())) {
                    return List.of(error(path, text(1), "KT. <chức vụ người đứng đầu>",
                            lines.get(i).toString(), null));
                }
                if (i < lines.size() - 1) {
                    return List.of(error("signature.authority[" + (i + 1) + "]",
                            text(2),
                            "PHÓ …", lines.get(i + 1).toString(), null));
                }
                if (s.title() == null || !isDeputy(s.title())) {
                    return List.of(error("signature.title",
                            text(3, lines.get(i).subject()),
                            "PHÓ " + lines.get(i).subject(), s.title() == null ? "" : s.title(), null));
                }
            }
            return List.of();
        }
    }

    /**
     * ND30-SIGN-TUQ-KT: who signs {@code TUQ.} may not delegate again, so no {@code KT.} line stands under
     * {@code TUQ.} (NĐ 30/2020 Điều 13.3).
     */
    static final class NoKtUnderTuq extends AbstractRule {
        NoKtUnderTuq() {
            super("ND30-SIGN-TUQ-KT", "Không ký thay (KT.) dưới thừa ủy quyền (TUQ.)", "NĐ 30/2020/NĐ-CP, Điều 13 khoản 3");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<AuthorityLine> lines = inv.signature().lines();
            int tuq = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).prefix() == AuthorityPrefix.TUQ) tuq = i;
                else if (tuq >= 0 && lines.get(i).prefix() == AuthorityPrefix.KT) {
                    return List.of(error("signature.authority[" + i + "]",
                            text(1),
                            null, lines.get(i).toString(), null));
                }
            }
            return List.of();
        }
    }

    /**
     * ND30-SIGN-TM: {@code TM.} stands before the name of a collective body ({@code TM. ỦY BAN NHÂN DÂN},
     * {@code TM. HỘI ĐỒNG …}), never before a person's title (NĐ 30/2020 Điều 13.1.a; PL I §II.7.b).
     */
    static final class TmForCollective extends AbstractRule {
        TmForCollective() {
            super("ND30-SIGN-TM", "TM. chỉ đứng trước tên tập thể (ỦY BAN NHÂN DÂN, HỘI ĐỒNG …)", "NĐ 30/2020/NĐ-CP, Điều 13 khoản 1 điểm a; Phụ lục I, mục II.7.b");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            List<AuthorityLine> lines = inv.signature().lines();
            for (int i = 0; i < lines.size(); i++) {
                AuthorityLine l = lines.get(i);
                if (l.prefix() != AuthorityPrefix.TM) continue;
                String subject = l.subject() + " ";
                if (COLLECTIVES.stream().anyMatch(subject::startsWith)) continue;
                return List.of(error("signature.authority[" + i + "]",
                        text(1, l.subject()),
                        "TM. ỦY BAN NHÂN DÂN", l.toString(), null));
            }
            return List.of();
        }
    }

    /**
     * ND30-SIGN-STACK: the authority lines form one of the stacks of Điều 13: {@code TM.} [{@code KT.}|{@code Q.}],
     * {@code KT.}, {@code TL.} [{@code KT.}], {@code TUQ.}, {@code Q.}; {@code TM.} with {@code TL.} is not described
     * and gets a warning (NĐ 30/2020 Điều 13; docs/decree-reference.md).
     */
    static final class StackOrder extends AbstractRule {
        private static final Set<String> VALID = Set.of("", "TM", "TM KT", "TM Q", "KT", "TL", "TL KT", "TUQ", "Q");
        private static final Set<String> UNUSUAL = Set.of("TM TL", "TM TL KT");

        StackOrder() {
            super("ND30-SIGN-STACK", "Thứ tự các dòng quyền hạn ký hợp lệ", BASIS);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String stack = stack(inv.signature());
            if (VALID.contains(stack) || stack.matches(".*TUQ( \\w+)* KT.*")) return List.of();
            String written = String.join(" / ", inv.signature().printedLines());
            if (UNUSUAL.contains(stack)) {
                return List.of(warning("signature.authority", text(1), null, written, null));
            }
            return List.of(error("signature.authority",
                    text(2),
                    "TM. | KT. | TL. | TUQ. | Q. …", written, null));
        }
    }

    /**
     * ND30-SIGN-TITLE: under {@code TM.}, {@code TL.} or {@code TUQ.} comes the title of the person who signs
     * ({@code TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG}) (NĐ 30/2020 PL I §II.7.b–c).
     */
    static final class TitleAfterPrefix extends AbstractRule {
        TitleAfterPrefix() {
            super("ND30-SIGN-TITLE", "Có chức vụ người ký dưới TM./TL./TUQ.", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.b–c");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            SigningAuthority s = inv.signature();
            if (s.lines().isEmpty() || s.title() != null) return List.of();
            AuthorityPrefix last = s.lines().get(s.lines().size() - 1).prefix();
            if (last != AuthorityPrefix.TM && last != AuthorityPrefix.TL && last != AuthorityPrefix.TUQ) return List.of();
            return List.of(error("signature.title", text(1, last.written()), "CHỨC VỤ", "", null));
        }
    }

    /**
     * ND30-SIGN-TITLE-OFFICIAL: the signer's title is an official leadership title; {@code … thường trực} or
     * {@code … phụ trách} are not titles (NĐ 30/2020 PL I §II.7.c; a warning).
     */
    static final class OfficialTitle extends AbstractRule {
        OfficialTitle() {
            super("ND30-SIGN-TITLE-OFFICIAL", "Chức vụ người ký là chức danh chính thức", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String t = inv.signature().title();
            // Phó Chủ tịch Thường trực is an office the law itself names (UBND, HĐND), unlike phó giám đốc thường trực
            boolean unofficial = t != null && (t.contains("PHỤ TRÁCH") || t.contains("THƯỜNG TRỰC") && !t.startsWith("PHÓ CHỦ TỊCH"));
            if (!unofficial) return List.of();
            String official = t.replaceAll("\\s*(THƯỜNG TRỰC|PHỤ TRÁCH.*)$", "").strip();
            return List.of(warning("signature.title",
                    text(1, official), official, t, null));
        }
    }

    /**
     * ND30-SIGN-NAME-TITLE: no academic title or degree before the signer's name ({@code TS.}, {@code ThS.},
     * {@code PGS.TS.}) (NĐ 30/2020 PL I §II.7.c); education, health and science bodies may (a warning there).
     */
    static final class NoHonorific extends AbstractRule {
        static final Pattern PREFIX = Pattern.compile(
                "^((?:GS|PGS|TS|ThS|Ths|THS|BS|CKII|CKI|KS|NCS|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư)(?:\\.\\s*|\\s+))+(?=\\p{Lu})");
        private static final List<String> EXEMPT = List.of("BỆNH VIỆN", "TRƯỜNG", "ĐẠI HỌC", "HỌC VIỆN", "VIỆN ");

        NoHonorific() {
            super("ND30-SIGN-NAME-TITLE", "Không ghi học hàm, học vị trước tên người ký", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String name = inv.signature().signer();
            if (name == null || bare(name).equals(name)) return List.of();
            String bare = bare(name);
            Fix fix = new Fix("Ghi tên: " + bare, "Write the name as " + bare, i -> i.signature().signer() == null ? i
                    : Edits.signature(i, new SigningAuthority(i.signature().lines(), i.signature().title(), bare(i.signature().signer()))));
            boolean exempt = EXEMPT.stream().anyMatch(inv.issuer().fullName()::contains);
            return List.of(exempt ? warning("signature.signer", text(1, bare), bare, name, fix) : error("signature.signer", text(1, bare), bare, name, fix));
        }
    }

    /** The name without the academic titles before it. */
    static String bare(String name) {
        Matcher m = NoHonorific.PREFIX.matcher(name);
        return m.find() ? name.substring(m.end()).strip() : name;
    }

    /** {@code Nguyễn Văn Đạt} for {@code NGUYỄN VĂN ĐẠT}. */
    static String proper(String name) {
        return Arrays.stream(name.split("\\s+"))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /**
     * ND30-SIGN-NAME-CASE: the signer's name is written as a name, each syllable capitalised
     * ({@code Trần Công Thành}), not in capitals (NĐ 30/2020 PL I §II.7.đ; PL II).
     */
    static final class NameCase extends AbstractRule {
        NameCase() {
            super("ND30-SIGN-NAME-CASE", "Họ tên người ký viết hoa chữ đầu mỗi tiếng", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.đ; Phụ lục II");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            String name = inv.signature().signer();
            if (name == null) return List.of();
            String bare = bare(name);
            String proper = proper(bare);
            if (proper.equals(bare) || !bare.matches("[\\p{L}\\s]+")) return List.of();
            Fix fix = new Fix("Ghi tên: " + proper, "Write the name as " + proper, i -> {
                String current = i.signature().signer();
                if (current == null) return i;
                String head = current.substring(0, current.length() - bare(current).length());
                return Edits.signature(i, new SigningAuthority(i.signature().lines(), i.signature().title(), head + proper(bare(current))));
            });
            return List.of(warning("signature.signer", text(1, proper), proper, bare, fix));
        }
    }

    /** ND30-SIGN-NAME: an issued document shows the signer's full name (NĐ 30/2020 PL I §II.7.c–đ). */
    static final class NameWhenIssuing extends AbstractRule {
        NameWhenIssuing() {
            super("ND30-SIGN-NAME", "Ban hành phải có họ tên người ký", "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c");
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (!ctx.issuing() || inv.signature().signer() != null) return List.of();
            return List.of(error("signature.signer", text(1), "Họ và tên", "", null));
        }
    }
}
