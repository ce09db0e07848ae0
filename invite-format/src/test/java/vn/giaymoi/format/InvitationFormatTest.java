package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giaymoi.domain.meeting.Assignment;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.meeting.AdministrativeLevel;

class InvitationFormatTest {
    private final InvitationFormat format = new InvitationFormat();

    private Invitation read(String name) {
        return format.read(Path.of("..", "examples", name)).fold(i -> i, p -> {
            throw new AssertionError(p.toString());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-000.yaml", "seed-001.yaml", "seed-002.yaml", "seed-004.yaml"})
    void every_example_survives_a_round_trip_through_yaml_and_json(String name) {
        Invitation inv = read(name);
        for (Syntax syntax : Syntax.values()) {
            Parsed again = format.read(format.write(inv, syntax), syntax, name);
            assertThat(again).isEqualTo(new Parsed.Ok(inv));
        }
    }

    @Test
    void times_are_written_as_quoted_hours_and_minutes_like_the_examples() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML);
        assertThat(yaml).contains("start: \"08:00\"").doesNotContain("08:00:00");
        assertThat(format.write(Invitations.aGiayMoi(), Syntax.JSON)).contains("\"start\" : \"08:00\"");
    }

    @Test
    void the_examples_are_structured_data() {
        Invitation seed002 = read("seed-002.yaml");
        var meeting = seed002.meeting();
        assertThat(meeting.firstSession().orElseThrow().startsAt()).isEqualTo(LocalDateTime.of(2024, 5, 17, 14, 0));
        assertThat(meeting.chair().orElseThrow().name()).isEqualTo("Hồ Tiến Thiệu");
        assertThat(meeting.invitees()).extracting(Invitation -> Invitation.level())
                .containsOnly(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT);
        assertThat(meeting.assignments().get(0).value().deadlines()).extracting(Assignment.Deadline::date)
                .containsExactly(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 14));
        assertThat(seed002.dateLine().isDraft()).isTrue();
        assertThat(read("seed-004.yaml").dateLine().date()).contains(LocalDate.of(2021, 10, 29));
    }

    @Test
    void a_broken_yaml_names_line_and_column() {
        Parsed p = format.read("kind: giay-moi\nissuer: {name: X\nnumber: 1\n", Syntax.YAML, "x.yaml");
        InputProblem problem = ((Parsed.Failed) p).problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.display()).startsWith("x.yaml:3:").contains("cú pháp YAML");
    }

    private InputProblem onlyProblem(String text, Syntax syntax) {
        Parsed p = format.read(text, syntax, "x." + syntax.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(p).isInstanceOf(Parsed.Failed.class);
        List<InputProblem> problems = ((Parsed.Failed) p).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).doesNotContainPattern("[A-Z][a-z]+ [a-z]+ [a-z]+ ")
                .doesNotContain("Dto", "token", "Invitation", "Issuer");
        return problems.get(0);
    }

    @Test
    void a_list_where_a_block_of_keys_belongs_says_so_in_Vietnamese_with_its_line() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML).replaceFirst("issuer:", "issuer:\n  - UBND\nx:");
        InputProblem p = onlyProblem(yaml, Syntax.YAML);
        assertThat(p.path()).isEqualTo("issuer");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("danh sách", "cần một khối khóa: giá trị");
    }

    @Test
    void one_value_where_a_list_belongs_asks_for_a_list() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML).replaceFirst("authority:\n  - ", "authority: ");
        InputProblem p = onlyProblem(yaml, Syntax.YAML);
        assertThat(p.path()).isEqualTo("signature.authority");
        assertThat(p.message()).isEqualTo("đây là một giá trị đơn nhưng cần một danh sách (mỗi mục một dòng bắt đầu bằng '- ')");
    }

    @Test
    void a_block_where_text_belongs_says_so() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML).replaceFirst("subject: .*", "subject: {a: 1}");
        InputProblem p = onlyProblem(yaml, Syntax.YAML);
        assertThat(p.path()).isEqualTo("subject");
        assertThat(p.message()).contains("khối khóa: giá trị", "cần một chuỗi chữ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# chỉ có chú thích\n"})
    void an_empty_file_says_which_keys_to_write(String text) {
        for (Syntax syntax : Syntax.values()) {
            InputProblem p = onlyProblem(text, syntax);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("tệp trống").contains("kind, issuer");
        }
    }

    @Test
    void a_tab_in_yaml_is_named_with_its_line() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML).replaceFirst("\n  name", "\n\tname");
        InputProblem p = onlyProblem(yaml, Syntax.YAML);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("tab", "dấu cách");
    }

    @Test
    void json_syntax_errors_are_explained_in_Vietnamese() {
        String json = format.write(Invitations.aGiayMoi(), Syntax.JSON);
        InputProblem missingComma = onlyProblem(json.replaceFirst(",", ""), Syntax.JSON);
        assertThat(missingComma.line()).isEqualTo(3);
        assertThat(missingComma.message()).isEqualTo("lỗi cú pháp JSON: thiếu dấu phẩy ',' giữa hai mục");
        assertThat(onlyProblem(json + "}", Syntax.JSON).message()).contains("thừa dấu đóng ngoặc");
        assertThat(onlyProblem(json.substring(0, json.length() / 2), Syntax.JSON).message()).contains("kết thúc giữa chừng");
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void a_key_written_twice_is_refused_rather_than_silently_dropped(Syntax syntax) {
        String text = syntax == Syntax.YAML
                ? format.write(Invitations.aGiayMoi(), syntax) + "subject: Họp khác\n"
                : format.write(Invitations.aGiayMoi(), syntax).replaceFirst("\\{", "{\"subject\": \"Họp khác\",");
        InputProblem p = onlyProblem(text, syntax);
        assertThat(p.line()).isPositive();
        assertThat(p.message()).contains("'subject'", "hai lần");
    }

    @Test
    void an_unquoted_comma_inside_braces_gets_a_hint_to_quote_the_value() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML)
                .replaceFirst("venue:\n    name: .*\n", "venue: {name: Hội trường tầng 4, Sở Nội vụ}\n");
        InputProblem p = onlyProblem(yaml, Syntax.YAML);
        assertThat(p.message()).contains("'Sở Nội vụ'", "ngoặc kép");
    }

    @Test
    void an_empty_agenda_item_is_refused_at_its_path() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML)
                .replaceFirst("- text: Rất mong", "- text: Nội dung họp\n  agenda: {topic: \"\"}\n- text: Rất mong");
        InputProblem p = onlyProblem(yaml, Syntax.YAML);
        assertThat(p.path()).isEqualTo("body[3].agenda");
        assertThat(p.line()).isPositive();
        assertThat(p.message()).contains("chủ đề", "người trình bày");
    }

    @Test
    void an_unknown_key_lists_the_known_ones_with_its_location() {
        String yaml = format.write(Invitations.aGiayMoi(), Syntax.YAML) + "titel: x\n";
        InputProblem problem = ((Parsed.Failed) format.read(yaml, Syntax.YAML, "x.yaml")).problems().get(0);
        assertThat(problem.message()).contains("'titel'").contains("subject");
        assertThat(problem.line()).isGreaterThan(1);
    }

    @Test
    void domain_rejections_are_reported_with_their_field_path_and_line() {
        String yaml = """
                kind: giay-moi
                issuer: {name: UBND}
                number: 5/GM-UBND
                place: Hà Tĩnh
                date: {day: "30", month: "02", year: 2026}
                subject: Họp
                body:
                  - marker: "1."
                    text: "Lúc {stat}"
                    session: {date: 2026-03-02, start: "08:00"}
                signature: {authority: [KT CHỦ TỊCH]}
                """;
        List<InputProblem> problems = ((Parsed.Failed) format.read(yaml, Syntax.YAML, "x.yaml")).problems();
        assertThat(problems).extracting(InputProblem::path)
                .containsExactly("date", "body[0].text", "signature.authority[0]", "signature");
        assertThat(problems.get(0).message()).contains("không có trong lịch");
        assertThat(problems.get(1).line()).isEqualTo(9);
        assertThat(problems.get(2).message()).contains("TM., KT., TL., TUQ. hoặc Q.");
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void a_missing_file_is_a_problem_not_an_exception(Syntax ignored) {
        Parsed p = format.read(Path.of("no-such-file.yaml"));
        assertThat(((Parsed.Failed) p).problems().get(0).message()).contains("không tìm thấy");
    }
}
