package vn.giaymoi.format.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.rules.CheckContext;
import vn.giaymoi.domain.rules.Finding;
import vn.giaymoi.domain.rules.RuleEngine;
import vn.giaymoi.format.InvitationFormat;

/**
 * The real corpus (src/test/resources/real, one file per public document, its source in its header): every file
 * reads, and checking it as a draft on a day it could have been written finds exactly the defects the original
 * has (listed here as rule@path, each one checked against the source); any other finding would be false.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RealCorpusTest {
    static final Path DIR = Path.of("src", "test", "resources", "real");
    private static final RuleEngine ENGINE = RuleEngine.standard();

    /** A document, the day it is checked on, and its true defects. */
    record Expected(String day, List<String> findings) {}

    static final Map<String, Expected> EXPECTED = Map.ofEntries(
            // ½ ngày for 90 minutes, "7h30 -9h00", "Thứ ba" mid-sentence, Uỷ/Ủy mixed, the last Thành phần line ends
            // in ';'; no chair named (a hint)
            Map.entry("001-hai-duong-tet-trong-cay-2018.yaml", new Expected("2018-02-01", List.of("TEXT-DURATION@body[1]",
                    "TEXT-RANGE-DASH@body[1]", "ND30-WEEKDAY-FORM@body[1]", "TEXT-VARIANT@opening.text",
                    "ND30-LIST-PUNCT@body[0].points[10]", "QD45-CHAIR@body"))),
            // the Chủ tịch convenes the dialogue but no line says who chairs (a hint)
            Map.entry("002-chi-minh-hai-phong-doi-thoai-2025.yaml", new Expected("2025-10-24", List.of("QD45-CHAIR@body"))),
            // "thứ ba" in lower case
            Map.entry("003-hoi-nha-van-tphcm-2020.yaml", new Expected("2020-09-10", List.of("ND30-WEEKDAY-FORM@body[0]"))),
            Map.entry("004-ba-vi-hdnd-hoan-ky-hop-2021.yaml", new Expected("2021-08-21", List.of())),
            // a Kính gửi line, which Mẫu 1.7 does not have (the original is a thư mời)
            Map.entry("005-ha-mo-den-van-hien-2018.yaml", new Expected("2018-07-16", List.of("ND30-GM-NO-ADDRESSEES@addressees"))),
            // "26/10/2023;Khai mạc", "Địa điểm:Trung tâm"; no chair named (a hint)
            Map.entry("006-duy-xuyen-lien-hoan-2023.yaml", new Expected("2023-10-20", List.of("TEXT-SPACE@body[1]",
                    "TEXT-SPACE@body[2]", "QD45-CHAIR@body"))),
            // a commune formed on 01/7/2025 postpones its festival: the registry knows xã Nghĩa Đô of Lào Cai only
            // through the province, so nothing is reported
            Map.entry("007-nghia-do-lao-cai-hoan-le-hoi-2025.yaml", new Expected("2025-10-01", List.of())),
            // "17h00 pút"; "7h30 phút" and "19h30 phút" mix two notations
            Map.entry("008-quyet-tien-lai-chau-hoi-thi-van-nghe-2022.yaml", new Expected("2022-10-20", List.of("TEXT-TYPO@body[0]",
                    "TEXT-TIME-NOTATION@body[0]", "TEXT-TIME-NOTATION@body[1]"))),
            // weekdays in lower case, "(hiều thứ năm)", the list does not end in ./.
            Map.entry("009-long-xuyen-tiep-xuc-cu-tri-2024.yaml", new Expected("2024-05-15", List.of("ND30-WEEKDAY-FORM@body[0]", "ND30-WEEKDAY-FORM@body[1]", "ND30-WEEKDAY-FORM@body[2]", "ND30-WEEKDAY-FORM@body[3]", "ND30-WEEKDAY-FORM@body[4]", "ND30-END-MARK@body[5]", "TEXT-TYPO@body[5]"))),
            // "(Thứ Tư)" mid-sentence
            Map.entry("010-hai-duong-hdnd-trieu-tap-ky-hop-19-2023.yaml", new Expected("2023-11-27", List.of("ND30-WEEKDAY-FORM@body[0]"))),
            // "sinh viên tiểu biểu"
            Map.entry("011-hnue-hoi-nghi-sinh-vien-nckh-2012.yaml", new Expected("2012-05-24", List.of("TEXT-TYPO@body[2]"))),
            // "Thông tri số 247 -TT/HĐĐTW", cited twice
            Map.entry("012-hoi-dong-doi-tw-thay-doi-hoi-nghi-2017.yaml", new Expected("2017-12-28", List.of("TEXT-CITED-NUMBER@opening.text", "TEXT-CITED-NUMBER@body[2]"))),
            Map.entry("013-ha-mo-dung-le-ky-niem-918-2020.yaml", new Expected("2020-02-05", List.of())),
            Map.entry("014-vff-hop-bao-2014.yaml", new Expected("2014-03-25", List.of())),
            Map.entry("015-hcmus-sinh-hoat-cong-dan-2021.yaml", new Expected("2021-11-25", List.of())),
            Map.entry("016-hau-giang-hdnd-ky-hop-21-2024.yaml", new Expected("2024-07-15", List.of())),
            Map.entry("017-trang-ha-tiep-xuc-cu-tri-2019.yaml", new Expected("2019-07-03", List.of())),
            // "(Thứ Năm)" mid-sentence
            Map.entry("018-tdsi-dang-bo-trieu-tap-dai-hoi-2020.yaml", new Expected("2020-06-10", List.of("ND30-WEEKDAY-FORM@body[0]"))),
            Map.entry("019-tien-tien-le-hoi-cap-nhat-2023.yaml", new Expected("2023-05-08", List.of())),
            // "tháng 03" in the date line; "22/2/2021", "3/2/2021", "tháng 2" beside "22/01/2021"
            Map.entry("020-ha-mo-dung-le-ky-niem-919-2021.yaml", new Expected("2021-03-03", List.of("ND30-MONTH-PAD-3-9@date.month", "ND30-CONTENT-DATE-PAD@opening.text", "ND30-CONTENT-DATE-PAD@opening.text", "ND30-CONTENT-DATE-PAD@opening.text"))),
            Map.entry("021-doan-dbqh-tphcm-doi-lich-tiep-xuc-cu-tri-2020.yaml", new Expected("2020-05-13", List.of())),
            // "Tp.Phan Rang-Tháp Chàm" without a space after the abbreviation, three times
            Map.entry("022-ninh-thuan-doan-dbqh-tiep-xuc-cu-tri-2013.yaml", new Expected("2013-06-19", List.of("TEXT-SPACE@body[0].points[0].points[0]", "TEXT-SPACE@body[0].points[0].points[1]", "TEXT-SPACE@body[1].points[1].points[1]"))),
            Map.entry("023-ben-tre-mttq-tiep-xuc-cu-tri-ung-cu-vien-2021.yaml", new Expected("2021-05-03", List.of())),
            Map.entry("024-hoi-nha-van-tphcm-hoan-dai-hoi-2020.yaml", new Expected("2020-11-10", List.of())),
            Map.entry("025-kon-tum-doan-dbqh-tiep-xuc-cu-tri-2015.yaml", new Expected("2015-06-24", List.of())),
            Map.entry("026-vmrs-spms2015-thong-bao-so-2.yaml", new Expected("2015-06-30", List.of())),
            Map.entry("027-gia-hanh-ha-tinh-hdnd-xa-tiep-xuc-cu-tri-2025.yaml", new Expected("2025-11-10", List.of())),
            Map.entry("028-hoi-ccb-tphcm-dai-hoi-vi-2017.yaml", new Expected("2017-09-15", List.of())),
            Map.entry("029-hanh-thien-le-mung-truong-yen-2025.yaml", new Expected("2025-02-25", List.of())),
            Map.entry("030-ha-tinh-mttq-tiep-xuc-cu-tri-song-tri-2026.yaml", new Expected("2026-02-20", List.of())),
            Map.entry("031-cau-giay-hdnd-thay-doi-ky-hop-3-2021.yaml", new Expected("2021-12-01", List.of())),
            Map.entry("032-ha-noi-hdnd-tb-48-dieu-chinh-ky-hop-10-2022.yaml", new Expected("2022-11-29", List.of())),
            Map.entry("033-tan-phu-hdnd-phuong-tiep-xuc-cu-tri-2026.yaml", new Expected("2025-12-29", List.of())),
            Map.entry("034-tuyen-quang-tinh-uy-hoi-nghi-bch-18-2024.yaml", new Expected("2024-04-02", List.of())),
            // "Uỷ ban nhân dân" beside "huyện ủy, thị ủy, thành ủy" in the recipients
            Map.entry("035-thanh-hoa-cong-dien-11-CD-TU-2022.yaml", new Expected("2022-09-05", List.of("TEXT-VARIANT@addressees[0]"))),
            Map.entry("036-vinacas-hoi-nghi-dieu-quoc-te-12-doi-2021.yaml", new Expected("2020-05-20", List.of())),
            Map.entry("037-ben-tre-tam-hoan-tiep-cong-dan-2021.yaml", new Expected("2021-07-14", List.of())),
            Map.entry("038-phu-van-ninh-binh-hdnd-lien-tich-2025.yaml", new Expected("2025-10-28", List.of())),
            Map.entry("039-vinh-dieu-an-giang-dang-uy-diem-cau-dai-hoi-xiv-2026.yaml", new Expected("2026-01-20", List.of())),
            Map.entry("040-an-giang-dai-hoi-diem-dang-bo-phuong-2025.yaml", new Expected("2025-07-20", List.of())),
            Map.entry("041-vinh-phu-thoai-son-dai-hoi-dang-bo-xa-2020.yaml", new Expected("2020-04-24", List.of())),
            Map.entry("042-ncc-dai-hoi-cong-doan-co-so-2023.yaml", new Expected("2023-05-08", List.of())),
            Map.entry("043-thpt-tien-phong-hop-cha-me-hoc-sinh-2025.yaml", new Expected("2025-09-08", List.of())),
            Map.entry("044-thpt-hoang-cau-truong-ban-cmhs-2024.yaml", new Expected("2024-09-09", List.of())),
            Map.entry("045-cao-an-cam-giang-dai-hoi-diem-dang-bo-xa-2025.yaml", new Expected("2025-02-12", List.of())),
            Map.entry("046-vien-co-hoc-hoi-nghi-40-nam-2019.yaml", new Expected("2018-11-20", List.of())),
            // "01 buổi sáng, Chủ Nhật, từ 08 giờ": Chủ Nhật with a capital N mid-sentence, away from its date
            Map.entry("047-vpcp-cong-dien-1554-hoi-nghi-tong-ket-covid-2023.yaml", new Expected("2023-10-26", List.of("ND30-WEEKDAY-FORM@body[2]"))),
            // the Thường trực decided on Thursday 4/12 for a session on Monday 8/12: one working day between
            Map.entry("048-thanh-hoa-hdnd-ky-hop-cuoi-nam-2025.yaml", new Expected("2025-12-04", List.of("MEET-LEAD-TIME@body[0]"))),
            // "HDNĐ" beside "HĐND", "khoá XV" beside "khóa XIX", "thi thành án"
            Map.entry("049-phu-tho-hdnd-ky-hop-thu-hai-khoa-xix-2025.yaml", new Expected("2025-10-22", List.of("TEXT-VARIANT@body[2]",
                    "TEXT-ABBREVIATION@body[2]", "TEXT-TYPO@body[2]"))),
            Map.entry("050-phu-tho-ubnd-tiep-cong-dan-thang-11-2025.yaml", new Expected("2025-11-06", List.of())),
            Map.entry("051-hai-phong-tb-245-hoan-tiep-cong-dan-2021.yaml", new Expected("2021-06-29", List.of())),
            // "Chủ thịch UBND xã uỷ quyền" beside "Ủy ban"; "04/2021/TT- TTCP"; 9/7/2025 and 6/9/2025 beside 01/10/2021
            Map.entry("052-tan-doan-lang-son-lich-tiep-cong-dan-2026.yaml", new Expected("2025-12-20", List.of(
                    "TEXT-VARIANT@body[0].points[0].points[1]", "TEXT-TYPO@body[0].points[0].points[1]", "TEXT-CITED-NUMBER@opening.text",
                    "ND30-CONTENT-DATE-PAD@opening.text", "ND30-CONTENT-DATE-PAD@opening.text"))),
            Map.entry("053-nhi-chieu-hai-phong-thuong-truc-hdnd-hop-thang-10-2025.yaml", new Expected("2025-10-27", List.of())),
            Map.entry("054-thanh-ha-hai-phong-hdnd-xa-lien-tich-2025.yaml", new Expected("2025-07-14", List.of())),
            Map.entry("055-thu-duc-dang-uy-phuong-trien-khai-nghi-quyet-2025.yaml", new Expected("2025-09-22", List.of())),
            Map.entry("056-huong-an-hue-dang-uy-quan-triet-nghi-quyet-2025.yaml", new Expected("2025-09-03", List.of())),
            Map.entry("057-quang-tri-hdnd-ky-hop-thu-2-khoa-viii-2025.yaml", new Expected("2025-08-06", List.of())),
            Map.entry("058-viet-tri-hdnd-phuong-ky-hop-chuyen-de-2025.yaml", new Expected("2025-08-01", List.of())),
            Map.entry("059-tay-son-gia-lai-lich-tiep-cong-dan-2025.yaml", new Expected("2025-07-02", List.of())),
            // "Uỷ viên BTV Tỉnh uỷ" beside "Ủy viên BTV Tỉnh ủy", as printed
            Map.entry("060-phu-tho-hdnd-ky-hop-chuyen-de-thu-tu-2025.yaml", new Expected("2025-11-20", List.of("TEXT-VARIANT@body[1].points[2]"))),
            // the Youth Union's format: lines of the list that end with "." or nothing, as printed, are not checked
            Map.entry("061-buh-doan-truong-trieu-tap-tuyen-duong-5-tot-2013.yaml", new Expected("2013-11-01", List.of())),
            Map.entry("062-doan-vptw-le-ky-niem-90-nam-thanh-lap-doan-2021.yaml", new Expected("2021-03-15", List.of())));

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Invitation read(String name) {
        return new InvitationFormat().read(DIR.resolve(name)).fold(i -> i, problems -> {
            throw new AssertionError(name + ": " + problems);
        });
    }

    @Test
    void every_file_has_its_expectation_and_there_are_enough() throws IOException {
        assertThat(files().toList()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void names_its_source_and_the_day_it_was_retrieved(String name) throws IOException {
        String head = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8).lines().takeWhile(l -> l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(head).contains("# Source: http").contains("retrieved 2026-").containsIgnoringCase("paraphrased");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void finds_exactly_the_defects_of_the_original(String name) {
        Expected e = EXPECTED.get(name);
        List<Finding> found = ENGINE.check(read(name), CheckContext.draft(LocalDate.parse(e.day())));
        List<String> ids = found.stream().map(f -> f.ruleId() + "@" + f.path()).toList();
        assertThat(ids).as("%s:%n%s", name, String.join("\n", found.stream()
                .map(f -> f.severity() + " " + f.ruleId() + "@" + f.path() + ": " + f.messageVi()).toList()))
                .containsExactlyInAnyOrderElementsOf(e.findings());
    }
}
