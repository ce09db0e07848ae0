package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.domain.text.RichText;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SourcePatchTest {
    private static final RuleEngine RULES = RuleEngine.standard();
    private static final CheckContext DRAFT = CheckContext.draft(LocalDate.of(2026, 5, 6));
    private final InvitationFormat format = new InvitationFormat();

    private static String seed() {
        return Examples.text("seed-000.yaml");
    }

    private Invitation read(String text, Syntax syntax) {
        return ((Parsed.Ok) format.read(text, syntax, "x")).invitation();
    }

    /** What fix --write does to the invitation: every certain fix the standard rules offer. */
    private static Invitation fixed(Invitation inv) {
        return RuleEngine.applyFixes(inv, RULES.check(inv, DRAFT));
    }

    /** The 1-based numbers of the lines where {@code a} and {@code b} differ; both must have as many lines. */
    private static List<Integer> changedLines(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        assertThat(y).hasSameSizeAs(x);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) if (!x.get(i).equals(y.get(i))) out.add(i + 1);
        return out;
    }

    @Test
    void a_commented_yaml_file_changes_only_on_the_lines_of_the_fixed_values() {
        // made wrong on four lines: an unpadded day in a {…} block (12), a quoted list line ending in '.'
        // (40, the original's own mistake), a folded text without './.' (96), a bare Nơi nhận line without ';' (104);
        // one more line on top of the seed
        String original = ("# 📅 a comment with a character outside the BMP, to count offsets right\n" + seed())
                .replace("date: {day: \"\", month: \"\", year: 2026}", "date: {day: \"5\", month: \"5\", year: 2026}")
                .replace("  - Công TTĐT tỉnh;\n", "  - Công TTĐT tỉnh\n")
                .replace("phục vụ Hội nghị./.", "phục vụ Hội nghị");
        Invitation before = read(original, Syntax.YAML);
        Invitation after = fixed(before);
        SourcePatch.Result result = SourcePatch.apply(format, original, Syntax.YAML, before, after);

        assertThat(result).as(result.toString()).isInstanceOf(SourcePatch.Patched.class);
        String patched = ((SourcePatch.Patched) result).text();
        assertThat(changedLines(original, patched)).containsExactly(13, 41, 97, 105);
        assertThat(patched.lines().toList().get(12)).isEqualTo("date: {day: \"05\", month: \"5\", year: 2026}");
        assertThat(patched.lines().toList().get(40))
                .isEqualTo("        text: \"Đại diện Lãnh đạo {units} và cán bộ, công chức liên quan;\"");
        assertThat(patched.lines().toList().get(96)).endsWith("các điều kiện khác phục vụ Hội nghị./.");
        assertThat(patched.lines().toList().get(104)).isEqualTo("  - Công TTĐT tỉnh;");
        assertThat(read(patched, Syntax.YAML)).isEqualTo(after);
        assertThat(RULES.check(read(patched, Syntax.YAML), DRAFT)).isEmpty();
    }

    @Test
    void a_plain_value_that_would_read_otherwise_is_quoted_on_its_own_line_only() {
        String original = seed().replace("  - \"Lưu: VT, HCC₁.\"\n", "  - Lưu VT, HCC₁.  # the archive line\n")
                .replace("    - {type: văn bản, number: 775-CV/HVCTQG,", "    - {type: văn bản, number: 775-CV/HVCTQG,");
        Invitation before = read(original, Syntax.YAML);
        Invitation after = before.withDistribution(new Distribution(before.distribution().entries().stream()
                .map(e -> e.markup().startsWith("Lưu") ? RichText.of("Lưu: VT, HCC₁.") : e).toList()));
        SourcePatch.Result result = SourcePatch.apply(format, original, Syntax.YAML, before, after);
        String patched = ((SourcePatch.Patched) result).text();
        assertThat(changedLines(original, patched)).containsExactly(106);
        assertThat(patched.lines().toList().get(105)).isEqualTo("  - \"Lưu: VT, HCC₁.\"  # the archive line");
    }

    @Test
    void a_json_file_changes_only_on_the_lines_of_the_fixed_values() {
        String original = format.write(read(seed(), Syntax.YAML), Syntax.JSON)
                .replace("\"day\" : \"\"", "\"day\" : \"5\"")
                .replace("\"Công TTĐT tỉnh;\"", "\"Công TTĐT tỉnh\"");
        Invitation before = read(original, Syntax.JSON);
        Invitation after = fixed(before);
        SourcePatch.Result result = SourcePatch.apply(format, original, Syntax.JSON, before, after);

        String patched = ((SourcePatch.Patched) result).text();
        List<Integer> changed = changedLines(original, patched);
        assertThat(changed).hasSize(3);
        assertThat(changed.stream().map(n -> patched.lines().toList().get(n - 1).strip()))
                .containsExactlyInAnyOrder("\"day\" : \"05\",", // Jackson writes a list of strings on one line
                        "\"distribution\" : [ \"Như thành phần mời;\", \"Học viện Chính trị Quốc gia HCM;\", \"Chủ tịch, các PCT UBND tỉnh;\","
                                + " \"Ban Tổ chức TU, Văn phòng TU;\", \"Chánh Văn phòng UBND tỉnh;\", \"Công TTĐT tỉnh;\","
                                + " \"Trung tâm CB - TH tỉnh;\", \"Lưu: VT, HCC₁.\" ],",
                        "\"text\" : \"Đại diện Lãnh đạo {units} và cán bộ, công chức liên quan;\",");
        assertThat(read(patched, Syntax.JSON)).isEqualTo(after);
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_are_kept() {
        String original = "\uFEFF" + seed().replace("day: \"\"", "day: \"5\"").replace("\n", "\r\n");
        Invitation before = read(original, Syntax.YAML);
        Invitation after = fixed(before);
        String patched = ((SourcePatch.Patched) SourcePatch.apply(format, original, Syntax.YAML, before, after)).text();
        assertThat(patched).startsWith("\uFEFF").contains("date: {day: \"05\", month: \"\", year: 2026}\r\n");
        assertThat(patched.replace("\"05\"", "\"5\"").replace("cán bộ, công chức liên quan;", "cán bộ, công chức liên quan."))
                .isEqualTo(original);
    }

    @Test
    void a_change_that_adds_a_line_cannot_be_made_in_place_and_says_where() {
        Invitation before = read(seed(), Syntax.YAML);
        List<RichText> more = new ArrayList<>(before.distribution().entries());
        more.add(0, RichText.of("Như trên;"));
        Invitation after = before.withDistribution(new Distribution(more));
        SourcePatch.Result result = SourcePatch.apply(format, seed(), Syntax.YAML, before, after);
        assertThat(result).isInstanceOf(SourcePatch.NotInPlace.class);
        assertThat(result).isEqualTo(new SourcePatch.NotInPlace("distribution", SourcePatch.Reason.STRUCTURE));
        assertThat(((SourcePatch.NotInPlace) result).describe(vn.giaymoi.domain.rules.Language.VI))
                .isEqualTo("distribution: sửa này thêm, bỏ hoặc đổi kiểu một khóa hay một mục");
    }

    @Test
    void a_value_written_as_one_iso_date_cannot_be_edited_by_its_parts() {
        String original = seed().replace("date: {day: \"\", month: \"\", year: 2026}", "date: 2026-05-05");
        Invitation before = read(original, Syntax.YAML);
        Invitation after = before.withDateLine(new vn.giaymoi.domain.invitation.DateLine("Hà Tĩnh", "06", "05", 2026));
        SourcePatch.Result result = SourcePatch.apply(format, original, Syntax.YAML, before, after);
        assertThat(result).isEqualTo(new SourcePatch.NotInPlace("date.day", SourcePatch.Reason.NOT_WRITTEN));
    }

    @Test
    void no_change_gives_the_text_unchanged() {
        Invitation inv = read(seed(), Syntax.YAML);
        assertThat(SourcePatch.apply(format, seed(), Syntax.YAML, inv, inv)).isEqualTo(new SourcePatch.Patched(seed(), 0));
    }
}
