package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giaymoi.domain.rules.Docs.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Point;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeetingRulesTest {
    private static List<String> ids(Invitation inv, CheckContext ctx) {
        return RuleEngine.standard().check(inv, ctx).stream().map(Finding::ruleId).toList();
    }

    private static Invitation withNote(String note) {
        return body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                Point.paragraph(note), closing());
    }

    @Nested
    class weekday_next_to_a_date {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Hội nghị họp vào thứ Sáu, ngày 17/5/2024.",
            "Hội nghị họp ngày 17/5/2024 (thứ Sáu).",
            "Hội nghị họp vào thứ Sáu, ngày 17 tháng 5 năm 2024.",
            "Hội nghị họp ngày 17/5/2024 (thứ 6).",
            "Thứ Sáu, ngày 17/5/2024 họp Hội nghị."
        })
        void agrees_with_17_May_2024_a_Friday(String note) {
            assertThat(ids(withNote(note), DRAFT)).doesNotContain("MEET-WEEKDAY");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Hội nghị họp vào thứ Năm, ngày 17/5/2024.",
            "Hội nghị họp ngày 17/5/2024 (thứ 7).",
            "Hội nghị họp vào Chủ nhật, ngày 17 tháng 5 năm 2024.",
            "Hội nghị họp ngày 17/5/2024 (thứ bảy)."
        })
        void contradicts_17_May_2024_and_says_the_right_weekday(String note) {
            List<Finding> found = RuleEngine.standard().check(withNote(note), DRAFT).stream()
                    .filter(f -> f.ruleId().equals("MEET-WEEKDAY")).toList();
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.isError()).isTrue();
                assertThat(f.path()).isEqualTo("body[3]");
                assertThat(f.expected()).isEqualTo("thứ Sáu");
                assertThat(f.fix()).isNull();
            });
        }

        @Test
        void pairs_a_weekday_with_the_date_it_introduces() {
            assertThat(ids(withNote("Đăng ký đến ngày 16/5/2024, thứ Sáu ngày 17/5/2024 họp Hội nghị."), DRAFT)).isEmpty();
            assertThat(ids(withNote("Họp thứ Năm, ngày 16/5/2024 và thứ Sáu, ngày 17/5/2024."), DRAFT)).isEmpty();
        }

        @Test
        void ignores_an_ordinal_that_is_not_next_to_a_date() {
            assertThat(ids(withNote("Đây là lần thứ năm Hội nghị được tổ chức, kể từ 17/5/2024."), DRAFT)).isEmpty();
        }
    }

    @Nested
    class weekday_form {
        @Test
        void warns_on_digits_and_on_capitals_mid_sentence_but_not_at_the_start() {
            assertThat(ids(withNote("Hội nghị họp ngày 17/5/2024 (thứ 6)."), DRAFT)).containsExactly("ND30-WEEKDAY-FORM");
            assertThat(ids(withNote("Hội nghị họp vào Thứ Sáu, ngày 17/5/2024."), DRAFT)).containsExactly("ND30-WEEKDAY-FORM");
            assertThat(ids(withNote("Hội nghị họp vào thứ sáu, ngày 17/5/2024."), DRAFT)).containsExactly("ND30-WEEKDAY-FORM");
            assertThat(ids(withNote("Thứ Sáu, ngày 17/5/2024 họp Hội nghị."), DRAFT)).isEmpty();
        }

        @Test
        void fixes_literal_wording() {
            Invitation inv = withNote("Hội nghị họp ngày 17/5/2024 (thứ 6).");
            Invitation fixed = RuleEngine.applyFixes(inv, RuleEngine.standard().check(inv, DRAFT));
            assertThat(fixed.outline().flatten().get(5).text().plain()).isEqualTo("Hội nghị họp ngày 17/5/2024 (thứ Sáu).");
        }
    }

    @Test
    void a_date_that_does_not_exist_is_an_error() {
        assertThat(ids(withNote("Hạn gửi báo cáo: 30/02/2026."), DRAFT)).containsExactly("MEET-DATE-EXISTS");
        assertThat(ids(withNote("Hạn gửi báo cáo: ngày 31 tháng 4 năm 2026."), DRAFT)).containsExactly("MEET-DATE-EXISTS");
    }

    @Nested
    class issue_date_and_lead_time {
        private Invitation meetingOn(LocalDate day, DateLine issued) {
            return body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(day), place(), closing())
                    .withDateLine(issued);
        }

        @Test
        void a_meeting_on_the_issue_day_is_allowed_but_warned_as_short_notice() {
            assertThat(ids(meetingOn(LocalDate.of(2026, 5, 5), DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 5))), DRAFT))
                    .containsExactly("MEET-LEAD-TIME");
        }

        @Test
        void an_urgent_invitation_may_call_a_meeting_for_the_issue_day() {
            Invitation same = meetingOn(LocalDate.of(2026, 5, 5), DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 5)));
            for (vn.giaymoi.domain.invitation.Urgency u : vn.giaymoi.domain.invitation.Urgency.values()) {
                Invitation urgent = new Invitation(same.kind(), same.issuer(), same.number(), same.dateLine(), same.subject(),
                        u, null, same.addressees(), same.opening(), same.body(), same.form(), same.distribution(),
                        same.signature());
                assertThat(ids(urgent, DRAFT)).as("%s", u).isEmpty();
            }
        }

        @Test
        void a_cong_dien_may_call_a_meeting_at_short_notice() {
            // Công điện 1554/CĐ-VPCP, Thursday 26/10/2023, called the conference of Sunday 29/10/2023
            Invitation gm = meetingOn(LocalDate.of(2023, 10, 29), DateLine.of("Hà Nội", LocalDate.of(2023, 10, 26)));
            Invitation cd = new Invitation(vn.giaymoi.domain.invitation.InvitationKind.CONG_DIEN, gm.issuer(), gm.number(),
                    gm.dateLine(), gm.subject(), null, null, gm.addressees(), gm.opening(), gm.body(), gm.form(),
                    gm.distribution(), gm.signature());
            assertThat(ids(gm, DRAFT)).contains("MEET-LEAD-TIME");
            assertThat(ids(cd, DRAFT)).doesNotContain("MEET-LEAD-TIME");
        }

        @Test
        void a_meeting_before_the_issue_day_is_an_error() {
            assertThat(ids(meetingOn(LocalDate.of(2026, 5, 4), DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 5))), DRAFT))
                    .containsExactly("MEET-BEFORE-ISSUE");
        }

        @Test
        void counts_working_days_strictly_between_and_skips_the_weekend() {
            // issued Friday 08/5/2026: Monday 11 and Tuesday 12 lie between it and Wednesday 13
            assertThat(ids(meetingOn(LocalDate.of(2026, 5, 13), DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 8))), DRAFT)).isEmpty();
            assertThat(ids(meetingOn(LocalDate.of(2026, 5, 12), DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 8))), DRAFT))
                    .containsExactly("MEET-LEAD-TIME");
        }

        @Test
        void a_draft_without_a_date_is_taken_as_issued_today() {
            Invitation draft = meetingOn(MEETING, DateLine.draft("Hà Tĩnh", 2026)).withNumber(DocumentNumber.draft("GM-UBND"));
            assertThat(ids(draft, CheckContext.draft(LocalDate.of(2026, 5, 4)))).isEmpty();
            assertThat(ids(draft, CheckContext.draft(LocalDate.of(2026, 5, 11)))).containsExactly("MEET-LEAD-TIME");
            assertThat(ids(draft, CheckContext.draft(LocalDate.of(2026, 5, 13)))).containsExactly("MEET-BEFORE-ISSUE");
        }

        @Test
        void a_draft_dated_in_a_past_month_is_taken_as_issued_at_its_start() {
            Invitation draft = meetingOn(MEETING, new DateLine("Hà Tĩnh", "", "5", 2026));
            assertThat(ids(draft, CheckContext.draft(LocalDate.of(2026, 11, 23)))).isEmpty();
        }
    }

    @Nested
    class task_deadlines {
        private Invitation withTask(LocalDate... deadlines) {
            return body(gm(), participants(chair(), dash("Đại diện lãnh đạo {units}.", "Sở Nội vụ")), time(MEETING), place(),
                    task(deadlines), closing());
        }

        @Test
        void fall_between_the_issue_date_and_the_meeting() {
            assertThat(ids(withTask(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 11)), DRAFT)).isEmpty();
            assertThat(ids(withTask(LocalDate.of(2026, 5, 4)), DRAFT)).containsExactly("MEET-DEADLINE-AFTER-ISSUE");
            assertThat(ids(withTask(LocalDate.of(2026, 5, 12)), DRAFT)).containsExactly("MEET-DEADLINE-BEFORE-MEETING");
            assertThat(ids(withTask(LocalDate.of(2026, 5, 20)), DRAFT)).containsExactly("MEET-DEADLINE-BEFORE-MEETING");
        }
    }
}
