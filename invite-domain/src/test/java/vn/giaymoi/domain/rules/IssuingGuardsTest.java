package vn.giaymoi.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.invitation.DateLine;
import vn.giaymoi.domain.invitation.DocumentNumber;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Invitations;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.text.RichText;

/** The guards on real wording: the web editor's blank template, a back-dated issue, a meeting already held. */
class IssuingGuardsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    private static List<String> errors(Invitation inv, CheckContext ctx) {
        return RuleEngine.standard().check(inv, ctx).stream().filter(Finding::isError).map(f -> f.ruleId() + " " + f.path()).toList();
    }

    /** What "+ Soạn giấy mời mới" gives: "TỈNH …", place "…", signer "…", as issued with a number and date. */
    static Invitation blankTemplate() {
        Invitation g = Invitations.aGiayMoi();
        return new Invitation(g.kind(), new Issuer("UBND TỈNH …", "SỞ …", null, AdministrativeLevel.PROVINCE, null),
                new DocumentNumber("01", "GM-…"), DateLine.of("…", TODAY), RichText.of("…"), null, null, null, null,
                g.body(), g.form(), g.distribution(),
                new SigningAuthority(List.of(AuthorityLine.parse("KT. GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC", "…"));
    }

    @Test
    void a_blank_template_cannot_be_issued_and_each_blank_is_named() {
        assertThat(errors(blankTemplate(), CheckContext.issuing(TODAY))).contains("ISSUE-PLACEHOLDER issuer.parent",
                "ISSUE-PLACEHOLDER issuer.name", "ISSUE-PLACEHOLDER number", "ISSUE-PLACEHOLDER place",
                "ISSUE-PLACEHOLDER subject", "ISSUE-PLACEHOLDER signature.signer");
        assertThat(errors(blankTemplate(), CheckContext.draft(TODAY))).as("a draft may have blanks")
                .noneMatch(e -> e.startsWith("ISSUE-"));
    }

    @Test
    void three_dots_and_underscores_are_blanks_too_but_a_complete_document_passes() {
        Invitation g = Invitations.aGiayMoi();
        assertThat(errors(g.withSubject(RichText.of("Dự họp về ...")), CheckContext.issuing(TODAY))).containsExactly("ISSUE-PLACEHOLDER subject");
        assertThat(errors(g.withSubject(RichText.of("Dự họp ngày ____")), CheckContext.issuing(TODAY))).containsExactly("ISSUE-PLACEHOLDER subject");
        assertThat(errors(g, CheckContext.issuing(TODAY))).isEmpty();
    }

    @Test
    void an_empty_subject_or_content_is_refused() {
        Invitation g = Invitations.aGiayMoi();
        assertThat(errors(g.withBody(List.of()), CheckContext.issuing(TODAY))).contains("ISSUE-BLANK body");
    }

    @Test
    void after_01_dated_29_november_an_issue_dated_2_november_is_refused_citing_article_15() {
        Invitation g = Invitations.aGiayMoi().withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 11, 2)));
        CheckContext ctx = CheckContext.issuing(LocalDate.of(2026, 11, 30)).afterSeries(Optional.of(LocalDate.of(2026, 11, 29)));
        List<Finding> found = RuleEngine.standard().check(g, ctx).stream().filter(f -> f.ruleId().equals("ISSUE-DATE-ORDER")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.messageVi()).contains("2/11/2026").contains("29/11/2026").contains("Điều 15.1.a");
            assertThat(f.path()).isEqualTo("date.day");
        });
        Invitation sameDay = g.withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 11, 29)));
        assertThat(RuleEngine.standard().check(sameDay, ctx)).noneMatch(f -> f.ruleId().equals("ISSUE-DATE-ORDER"));
    }

    @Test
    void an_issue_date_after_today_is_refused() {
        Invitation g = Invitations.aGiayMoi(); // dated 05/5/2026
        assertThat(errors(g, CheckContext.issuing(LocalDate.of(2026, 5, 4)))).contains("ISSUE-DATE-FUTURE date.day");
        assertThat(errors(g, CheckContext.issuing(TODAY))).doesNotContain("ISSUE-DATE-FUTURE date.day");
    }

    @Test
    void a_meeting_already_held_is_refused_but_one_today_is_not() {
        Invitation g = Invitations.aGiayMoi(); // meeting 12/5/2026
        assertThat(errors(g.withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 13))), CheckContext.issuing(LocalDate.of(2026, 5, 13))))
                .contains("ISSUE-MEETING-OVER body");
        assertThat(errors(g.withDateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 12))), CheckContext.issuing(LocalDate.of(2026, 5, 12))))
                .doesNotContain("ISSUE-MEETING-OVER body");
    }
}
