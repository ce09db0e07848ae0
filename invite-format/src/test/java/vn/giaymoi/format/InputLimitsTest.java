package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.format.dto.Limits;

/**
 * Size limits and the character policy, declared once on the dto records: each violation is a located problem that
 * names the field path, the line and column, and the limit; nothing oversized or unprintable reaches the rules.
 */
class InputLimitsTest {
    private final InvitationFormat format = new InvitationFormat();
    private final String valid = format.write(Invitations.aGiayMoi(), Syntax.YAML);

    private List<InputProblem> problems(String yaml) {
        Parsed p = format.read(yaml, Syntax.YAML, "x.yaml");
        assertThat(p).as("read of the changed file").isInstanceOf(Parsed.Failed.class);
        return ((Parsed.Failed) p).problems();
    }

    private String withSubject(String subjectYaml) {
        String out = valid.replaceFirst("(?m)^subject: .*$", Matcher.quoteReplacement("subject: " + subjectYaml));
        assertThat(out).isNotEqualTo(valid);
        return out;
    }

    @Test
    void a_subject_of_a_million_characters_is_refused_by_its_limit_with_path_line_and_column() {
        List<InputProblem> found = problems(withSubject("A".repeat(1_000_000)));
        assertThat(found).hasSize(1);
        InputProblem p = found.get(0);
        assertThat(p.path()).isEqualTo("subject");
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
        assertThat(p.message()).contains("1000000 ký tự", "giới hạn " + Limits.SUBJECT + " ký tự");
    }

    @Test
    void a_subject_at_its_limit_is_read() {
        assertThat(format.read(withSubject("A".repeat(Limits.SUBJECT)), Syntax.YAML, "x.yaml"))
                .isInstanceOf(Parsed.Ok.class);
    }

    @Test
    void a_list_over_its_limit_names_the_list_and_the_count() {
        StringBuilder many = new StringBuilder("distribution:\n");
        for (int i = 0; i <= Limits.ENTRIES; i++) many.append("- Sở ").append(i).append(";\n");
        String yaml = valid.replaceFirst("(?m)^distribution:\n( *- .*\n)+", Matcher.quoteReplacement(many.toString()));
        InputProblem p = problems(yaml).get(0);
        assertThat(p.path()).isEqualTo("distribution");
        assertThat(p.message()).contains((Limits.ENTRIES + 1) + " mục", "giới hạn " + Limits.ENTRIES + " mục");
    }

    @Test
    void an_entry_over_its_limit_is_located_at_its_index() {
        String yaml = valid.replaceFirst("(?m)^(distribution:\n *- .*\n) *- .*$",
                "$1- \"" + "B".repeat(Limits.ENTRY + 1) + "\"");
        InputProblem p = problems(yaml).get(0);
        assertThat(p.path()).isEqualTo("distribution[1]");
        assertThat(p.line()).isEqualTo(lineOf(yaml, "BBBB"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "000D", "001B", "007F", "0085", "009B", "FFFE", "FFFF", "FDD0", "202E",
            "2066", "D800", "DC00"})
    void an_unprintable_character_is_refused_with_its_code(String hex) {
        String ch = String.valueOf((char) Integer.parseInt(hex, 16));
        InputProblem p = problems(withSubject("\"Họp " + jsonEscape(ch) + " giao ban\"")).get(0);
        assertThat(p.path()).isEqualTo("subject");
        assertThat(p.message()).contains("U+" + hex, "vị trí 5");
    }

    @Test
    void a_lone_surrogate_in_json_is_refused() {
        String json = format.write(Invitations.aGiayMoi(), Syntax.JSON)
                .replaceFirst("\"subject\" : \"", Matcher.quoteReplacement("\"subject\" : \"\\uD83D "));
        Parsed p = format.read(json, Syntax.JSON, "x.json");
        assertThat(((Parsed.Failed) p).problems().get(0).message()).contains("U+D83D");
    }

    @Test
    void a_paired_surrogate_outside_the_basic_plane_is_kept() {
        assertThat(format.read(withSubject("\"Họp \\U0001F4C5 giao ban\""), Syntax.YAML, "x.yaml"))
                .isInstanceOf(Parsed.Ok.class);
    }

    @Test
    void a_line_break_is_refused_where_the_field_is_one_line_and_kept_where_it_allows_them() {
        String place = valid.replaceFirst("(?m)^place: .*$", Matcher.quoteReplacement("place: \"Hà\\nTĩnh\""));
        InputProblem p = problems(place).get(0);
        assertThat(p.path()).isEqualTo("place");
        assertThat(p.message()).contains("xuống dòng");
        assertThat(format.read(withSubject("\"Họp giao ban\\ntháng 5\""), Syntax.YAML, "x.yaml"))
                .isInstanceOf(Parsed.Ok.class);
    }

    @Test
    void a_carriage_return_is_refused_even_where_line_breaks_are_allowed() {
        InputProblem p = problems(withSubject("\"Họp\\rATTACH:http://x\"")).get(0);
        assertThat(p.message()).contains("U+000D");
    }

    @Test
    void a_fractional_year_is_refused_not_truncated() {
        String yaml = valid.replaceFirst("year: \"?2026\"?", "year: 2026.9");
        assertThat(yaml).contains("2026.9");
        InputProblem p = problems(yaml).get(0);
        assertThat(p.path()).isEqualTo("date.year");
        assertThat(p.message()).contains("số nguyên");
    }

    @Test
    void a_null_deadline_is_located_without_a_java_message() {
        String yaml = valid.replaceFirst("(?m)^body:\n", Matcher.quoteReplacement("""
                body:
                - marker: "1."
                  text: "{lead} gửi tài liệu."
                  task: {lead: Sở Nội vụ, deadlines: [null]}
                """));
        InputProblem p = problems(yaml).get(0);
        assertThat(p.path()).isEqualTo("body[0].task.deadlines[0]");
        assertThat(p.line()).isPositive();
        assertThat(p.message()).contains("mục rỗng").doesNotContain("null", "Exception");
    }

    @Test
    void a_nesting_too_deep_is_located_and_says_so() {
        String json = "{\"body\": [" + "{\"points\": [".repeat(3000) + "]}".repeat(3000) + "]}";
        Parsed p = format.read(json, Syntax.JSON, "x.json");
        InputProblem problem = ((Parsed.Failed) p).problems().get(0);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).contains("lồng nhau").doesNotContain("dấu phẩy");
    }

    @Test
    void two_json_documents_in_one_file_are_named_as_such() {
        String one = format.write(Invitations.aGiayMoi(), Syntax.JSON);
        Parsed p = format.read(one + "\n" + one, Syntax.JSON, "x.json");
        InputProblem problem = ((Parsed.Failed) p).problems().get(0);
        assertThat(problem.line()).isGreaterThan(one.split("\n").length);
        assertThat(problem.message()).contains("hai văn bản");
    }

    private static String jsonEscape(String ch) {
        return String.format("\\u%04X", (int) ch.charAt(0));
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
