package vn.giaymoi.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giaymoi.domain.delegation.AuthorityLine;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.meeting.AdministrativeLevel;
import vn.giaymoi.domain.meeting.Session;
import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

class InvitationBuilderTest {
    private static final Session SESSION = new Session(LocalDate.of(2026, 5, 12), LocalTime.of(8, 0), null, null, null);

    private static InvitationBuilder draft() {
        return Invitation.builder()
                .kind(InvitationKind.GIAY_MOI)
                .issuer(Issuer.builder().parent("UBND tỉnh Hà Tĩnh").name("Sở Nội vụ").abbreviation("SNV")
                        .level(AdministrativeLevel.PROVINCE).province("Hà Tĩnh").build())
                .number("/GM-SNV")
                .dateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 4)))
                .subject("Họp triển khai công tác văn thư năm 2026")
                .point(Point.builder().marker("1.").text("Thời gian: {start}, ngày {date}.").fact(SESSION).build())
                .recipient("Như thành phần;")
                .recipient("Lưu: VT, VP.")
                .signature(SigningAuthority.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC")
                        .signer("Trần Thị Bình").build());
    }

    @Test
    void the_builder_makes_the_same_invitation_as_the_constructor() {
        Invitation byHand = new Invitation(InvitationKind.GIAY_MOI,
                new Issuer("UBND tỉnh Hà Tĩnh", "Sở Nội vụ", "SNV", AdministrativeLevel.PROVINCE, "Hà Tĩnh"),
                DocumentNumber.parse("/GM-SNV"), DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 4)),
                RichText.of("Họp triển khai công tác văn thư năm 2026"), null, null, Addressees.none(), null,
                List.of(new Point(Marker.NUMBER, RichText.of("Thời gian: {start}, ngày {date}."), SESSION, List.of())),
                null, new Distribution(List.of(RichText.of("Như thành phần;"), RichText.of("Lưu: VT, VP."))),
                new SigningAuthority(List.of(AuthorityLine.parse("KT. GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC", "Trần Thị Bình"));
        assertThat(draft().build()).isEqualTo(byHand);
        assertThat(draft().build().meeting().sessions()).containsExactly(SESSION);
    }

    @Test
    void a_builder_is_immutable_so_one_start_gives_several_invitations() {
        InvitationBuilder start = draft();
        Invitation numbered = start.number("05/GM-SNV").build();
        Invitation party = start.format(DocumentFormat.PARTY).build();
        assertThat(start.build().number().isDraft()).isTrue();
        assertThat(numbered.number().sequence()).isEqualTo("05");
        assertThat(party.isParty()).isTrue();
        assertThat(start.build().isParty()).isFalse();
        assertThat(start.point(Point.builder().text("Đề nghị dự đúng giờ./.").build()).build().body()).hasSize(2);
        assertThat(start.build().body()).hasSize(1);
    }

    @Test
    void what_a_part_cannot_hold_is_refused_with_its_code_and_a_missing_part_by_build() {
        assertThatThrownBy(() -> draft().number("05-GM-SNV"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NUMBER_SLASH));
        assertThatThrownBy(() -> draft().signature(null).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_MISSING);
                    assertThat(e.field()).isEqualTo("signature");
                });
    }
}
