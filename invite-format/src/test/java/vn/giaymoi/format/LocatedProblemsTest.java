package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Problems of a file are reported where they are written: unknown keys at their own line, impossible dates as such. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LocatedProblemsTest {
    private final InvitationFormat format = new InvitationFormat();

    private static String seed() {
        return Examples.text("seed-000.yaml");
    }

    private InputProblem only(String text, Syntax syntax) {
        List<InputProblem> problems = ((Parsed.Failed) format.read(text, syntax, "x")).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void a_mistyped_key_is_reported_at_its_own_line_with_the_key_it_likely_means() {
        InputProblem p = only(seed().replace("\nsubject:", "\nsubjct:"), Syntax.YAML);
        assertThat(p.line()).as("line 13 of %d, not the end of the file", seed().lines().count()).isEqualTo(13);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.path()).isEqualTo("subjct");
        assertThat(p.message()).startsWith("khóa 'subjct' không có ở đây; có phải là 'subject'? Các khóa dùng được: ")
                .contains("signature, subject, urgency");
    }

    @Test
    void a_mistyped_key_deep_in_a_list_or_in_a_brace_block_is_found_too() {
        InputProblem deep = only(seed().replace("    session: {date: 2026-05-12", "    sesion: {date: 2026-05-12"), Syntax.YAML);
        assertThat(deep.path()).isEqualTo("body[0].sesion");
        assertThat(deep.line()).isEqualTo(27);
        assertThat(deep.column()).isEqualTo(5);
        assertThat(deep.message()).contains("có phải là 'session'?");

        InputProblem brace = only(seed().replace("{day: \"\", month: \"\",", "{day: \"\", mnth: \"\","), Syntax.YAML);
        assertThat(brace.path()).isEqualTo("date.mnth");
        assertThat(brace.line()).isEqualTo(12);
        assertThat(brace.column()).isEqualTo(17);
        assertThat(brace.message()).contains("có phải là 'month'?", "Các khóa dùng được: day, month, year");
    }

    @Test
    void a_key_like_no_known_one_gets_the_list_but_no_guess() {
        InputProblem p = only(seed().replace("\nform: ket-hop", "\nghichu: ket-hop"), Syntax.YAML);
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.message()).startsWith("khóa 'ghichu' không có ở đây. Các khóa dùng được: addressees, body,")
                .doesNotContain("có phải là");
    }

    @Test
    void json_is_located_the_same_way() {
        String json = format.write(((Parsed.Ok) format.read(seed(), Syntax.YAML, "x")).invitation(), Syntax.JSON);
        String bad = json.replace("\"subject\" :", "\"Subject\" :");
        int line = (int) bad.substring(0, bad.indexOf("\"Subject\"")).chars().filter(c -> c == '\n').count() + 1;
        InputProblem p = only(bad, Syntax.JSON);
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).contains("có phải là 'subject'?");
    }

    @Test
    void a_meeting_on_30_february_does_not_exist_and_is_pointed_at() {
        InputProblem p = only(seed().replace("session: {date: 2026-05-12", "session: {date: 2026-02-30"), Syntax.YAML);
        assertThat(p.path()).isEqualTo("body[0].session.date");
        assertThat(p.line()).isEqualTo(27);
        assertThat(p.column()).isEqualTo(21);
        assertThat(p.message()).isEqualTo("ngày '2026-02-30' không có trong lịch: tháng 2 năm 2026 chỉ có 28 ngày")
                .doesNotContain("YYYY-MM-DD");
    }

    @Test
    void every_kind_of_date_says_it_does_not_exist() {
        assertThat(only(seed().replace("date: {day: \"\", month: \"\", year: 2026}", "date: 2026-04-31"), Syntax.YAML))
                .extracting(InputProblem::line, InputProblem::message)
                .containsExactly(12, "ngày '2026-04-31' không có trong lịch: tháng 4 năm 2026 chỉ có 30 ngày");
        assertThat(only(seed().replace("date: {day: \"\", month: \"\", year: 2026}", "date: {day: \"31\", month: \"4\", year: 2026}"),
                Syntax.YAML).message()).isEqualTo("ngày 31 tháng 4 năm 2026 không có trong lịch");
        assertThat(only(seed().replace("date: 2026-04-15, issuer", "date: 2026-13-15, issuer"), Syntax.YAML))
                .extracting(InputProblem::path, InputProblem::line, InputProblem::message)
                .containsExactly("opening.basis[0].date", 22, "ngày '2026-13-15' không có trong lịch: không có tháng 13 (tháng từ 1 đến 12)");
        assertThat(only(seed().replace("task: {lead: Sở Nội vụ, deliverable: tham luận}",
                "task: {lead: Sở Nội vụ, deliverable: tham luận, deadlines: [2026-02-29T08:00]}"), Syntax.YAML).message())
                .isEqualTo("ngày '2026-02-29T08:00' không có trong lịch: tháng 2 năm 2026 chỉ có 28 ngày");
    }

    @Test
    void a_date_in_the_wrong_shape_is_still_told_the_shape() {
        assertThat(only(seed().replace("session: {date: 2026-05-12", "session: {date: 12/5/2026"), Syntax.YAML).message())
                .contains("YYYY-MM-DD").doesNotContain("không có trong lịch");
        assertThat(ImpossibleDates.explain("2028-02-29")).isEmpty();
    }
}
