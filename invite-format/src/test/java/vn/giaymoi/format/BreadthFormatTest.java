package vn.giaymoi.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;

/**
 * The input format's new fields: the examples of the new kinds and of the Party's format read and check without a
 * false finding, and a wrong value of a new field is reported at its line and field path.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BreadthFormatTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    static Invitation read(String name) {
        return new InvitationFormat().read(EXAMPLES.resolve(name + ".yaml")).fold(i -> i, p -> {
            throw new AssertionError(name + ": " + p);
        });
    }

    static List<Finding> check(String name, String today) {
        return RuleEngine.standard().check(read(name), CheckContext.draft(LocalDate.parse(today)));
    }

    @Test
    void the_party_giay_moi_reads_in_the_party_format_and_raises_nothing() {
        Invitation inv = read("dang-giay-moi-27-GM-BTGTU");
        assertThat(inv.format()).isEqualTo(DocumentFormat.PARTY);
        assertThat(inv.number()).hasToString("27-GM/BTGTU");
        assertThat(inv.signature().printedLines()).startsWith("K/T TRƯỞNG BAN");
        assertThat(check("dang-giay-moi-27-GM-BTGTU", "2020-07-20")).isEmpty();
    }

    @Test
    void the_party_cong_van_without_V_v_raises_nothing() {
        assertThat(read("dang-cong-van-1822-CV-BTGTU").kind()).isEqualTo(InvitationKind.CONG_VAN);
        assertThat(check("dang-cong-van-1822-CV-BTGTU", "2020-07-27")).isEmpty();
    }

    @Test
    void the_party_thong_bao_raises_nothing() {
        assertThat(read("dang-thong-bao-hoi-nghi-bao-cao-vien").kind()).isEqualTo(InvitationKind.THONG_BAO);
        assertThat(check("dang-thong-bao-hoi-nghi-bao-cao-vien", "2022-07-12")).isEmpty();
    }

    @Test
    void the_cong_dien_raises_nothing() {
        assertThat(read("cong-dien-10-CD-UBND-thanh-hoa").kind()).isEqualTo(InvitationKind.CONG_DIEN);
        assertThat(check("cong-dien-10-CD-UBND-thanh-hoa", "2022-09-26")).isEmpty();
    }

    @Test
    void the_new_examples_write_back_as_they_read() {
        InvitationFormat format = new InvitationFormat();
        for (String name : List.of("dang-giay-moi-27-GM-BTGTU", "dang-cong-van-1822-CV-BTGTU",
                "dang-thong-bao-hoi-nghi-bao-cao-vien", "cong-dien-10-CD-UBND-thanh-hoa")) {
            Invitation inv = read(name);
            String yaml = format.write(inv, Syntax.YAML);
            Invitation back = format.read(yaml, Syntax.YAML, name).fold(i -> i, p -> {
                throw new AssertionError(name + ": " + p);
            });
            assertThat(back).as(name).isEqualTo(inv);
        }
    }

    @Test
    void the_seed_files_are_unchanged_by_the_new_format() throws Exception {
        // old input files read unchanged: a seed written back has none of the new keys
        InvitationFormat format = new InvitationFormat();
        for (String seed : List.of("000", "001", "002", "004")) {
            Invitation read = format.read(EXAMPLES.resolve("seed-" + seed + ".yaml")).fold(i -> i, p -> null);
            String yaml = format.write(read, Syntax.YAML);
            assertThat(yaml).doesNotContain("format:", "footer:", "onBehalfOf:", "programme:", "partOfDay:", "quota:");
        }
        assertThat(Files.readString(EXAMPLES.resolve("seed-000.yaml"))).startsWith("# Giấy mời của UBND tỉnh Hà Tĩnh");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            session: {date: 2026-05-12}                               | body[0].session.start | partOfDay
            session: {date: 2026-05-12, partOfDay: trua}              | body[0].session.partOfDay | sang, chieu, toi
            session: {date: 2026-05-12, start: "08:00", endDate: 2026-05-11} | body[0].session.endDate | phải sau ngày bắt đầu
            venue: {name: Phòng họp, link: "meet.vn/abc"}             | body[0].venue.link | https://
            programme: {slots: [{from: "09:00", until: "08:00", activity: Khai mạc}]} | body[0].programme.slots[0] | giờ kết thúc phải sau
            requirement: {kind: ao-dai, detail: Áo dài}               | body[0].requirement.kind | trang-phuc
            """)
    void a_wrong_new_field_is_reported_at_its_path(String fact, String path, String message) {
        String yaml = """
                kind: giay-moi
                issuer: {name: SỞ NỘI VỤ}
                number: /GM-SNV
                place: Hà Tĩnh
                date: {day: "", month: "", year: 2026}
                subject: Họp
                body:
                  - text: Nội dung.
                    %s
                signature: {title: GIÁM ĐỐC}
                """.formatted(fact);
        List<InputProblem> problems = new InvitationFormat().read(yaml, Syntax.YAML, "x.yaml").fold(i -> List.of(), p -> p);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void two_facts_with_the_same_placeholder_in_one_point_are_refused_with_the_reason() {
        String yaml = """
                kind: giay-moi
                issuer: {name: SỞ NỘI VỤ}
                number: /GM-SNV
                place: Hà Tĩnh
                date: {day: "", month: "", year: 2026}
                subject: Họp
                body:
                  - text: "{name}"
                    venue: {name: Phòng họp}
                    invitee: {name: Nguyễn Văn A}
                signature: {title: GIÁM ĐỐC}
                """;
        List<InputProblem> problems = new InvitationFormat().read(yaml, Syntax.YAML, "x.yaml").fold(i -> List.of(), p -> p);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("{name}", "tách chúng thành hai mục"));
    }
}
