package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.Fix;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.domain.rules.Severity;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FindingsJsonTest {
    private static final Finding PAD = new Finding("ND30-DATE-PAD", Severity.ERROR, "date.day", "Ngày phải là 05",
            "The day is 05", "05", "5", "NĐ 30/2020 PL I §II.4.b", new Fix("Viết ngày 05", "Write 05", i -> i));
    private static final Finding SOFT = new Finding("ND30-X", Severity.WARNING, "body", "Nên có ./.", "End with ./.",
            null, null, "PL III", null);

    @Test
    void writes_each_file_with_its_findings_and_totals() throws IOException {
        String json = new FindingsJson().write(List.of(
                new FindingsJson.FileResult("a.yaml", List.of(), List.of(PAD, SOFT), 1),
                new FindingsJson.FileResult("b.yaml", List.of(new InputProblem("b.yaml", "", 3, 7, "lỗi cú pháp")),
                        List.of(), 3)), Language.VI, 3);

        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.path("exitCode").asInt()).isEqualTo(3);
        assertThat(root.path("errors").asInt()).isEqualTo(1);
        assertThat(root.path("warnings").asInt()).isEqualTo(1);
        JsonNode a = root.path("files").get(0);
        assertThat(a.path("readable").asBoolean()).isTrue();
        JsonNode pad = a.path("findings").get(0);
        assertThat(pad.path("ruleId").asText()).isEqualTo("ND30-DATE-PAD");
        assertThat(pad.path("severity").asText()).isEqualTo("error");
        assertThat(pad.path("message").asText()).isEqualTo("Ngày phải là 05");
        assertThat(pad.path("expected").asText()).isEqualTo("05");
        assertThat(pad.path("actual").asText()).isEqualTo("5");
        assertThat(pad.path("fix").asText()).isEqualTo("Viết ngày 05");
        assertThat(a.path("findings").get(1).path("fix").isNull()).isTrue();
        JsonNode b = root.path("files").get(1);
        assertThat(b.path("readable").asBoolean()).isFalse();
        assertThat(b.path("problems").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(b.path("problems").get(0).path("column").asInt()).isEqualTo(7);
    }

    @Test
    void writes_messages_in_english_when_asked() throws IOException {
        String json = new FindingsJson().write(List.of(new FindingsJson.FileResult("a.yaml", List.of(), List.of(PAD), 1)),
                Language.EN, 1);
        JsonNode pad = new ObjectMapper().readTree(json).path("files").get(0).path("findings").get(0);
        assertThat(pad.path("message").asText()).isEqualTo("The day is 05");
        assertThat(pad.path("fix").asText()).isEqualTo("Write 05");
    }

    @Test
    void each_finding_carries_the_file_line_and_column_of_its_field_path() throws IOException {
        String yaml = "# chú thích\nkind: giay-moi\ndate: {day: \"5\", month: \"5\", year: 2026}\nbody:\n  - text: a\n";
        FindingsJson.FileResult result = new FindingsJson.FileResult("a.yaml", List.of(), List.of(PAD, SOFT), 1,
                SourcePositions.of(yaml, Syntax.YAML));
        JsonNode findings = new ObjectMapper().readTree(new FindingsJson().write(List.of(result), Language.VI, 1))
                .path("files").get(0).path("findings");
        assertThat(findings.get(0).path("file").asText()).isEqualTo("a.yaml");
        assertThat(findings.get(0).path("line").asInt()).as("date.day").isEqualTo(3);
        assertThat(findings.get(0).path("column").asInt()).isEqualTo(8);
        assertThat(findings.get(1).path("line").asInt()).as("body").isEqualTo(4);
        assertThat(findings.get(1).path("column").asInt()).isEqualTo(1);

        JsonNode unlocated = new ObjectMapper().readTree(new FindingsJson().write(
                List.of(new FindingsJson.FileResult("b.yaml", List.of(), List.of(PAD), 1)), Language.VI, 1));
        assertThat(unlocated.path("files").get(0).path("findings").get(0).path("line").asInt()).isZero();
    }
}
