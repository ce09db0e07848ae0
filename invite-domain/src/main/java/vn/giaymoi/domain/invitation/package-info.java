/**
 * 1. Giấy mời (the invitation): start here. An {@link vn.giaymoi.domain.invitation.Invitation} is one document in
 * the order and boxes of Decree 30/2020/NĐ-CP, Phụ lục I, mục IV: the issuer (ô 2,
 * {@link vn.giaymoi.domain.invitation.Issuer}), the number (ô 3, {@link vn.giaymoi.domain.invitation.DocumentNumber}),
 * the place and date (ô 4, {@link vn.giaymoi.domain.invitation.DateLine}), the subject, the opening and the content
 * as numbered {@link vn.giaymoi.domain.invitation.Point}s (ô 6), Nơi nhận (ô 9b) and the signature block (ô 7).
 *
 * <p>Make one with {@link vn.giaymoi.domain.invitation.Invitation#builder()}:
 * <pre>{@code
 * Invitation inv = Invitation.builder()
 *         .kind(InvitationKind.GIAY_MOI)
 *         .issuer(Issuer.builder().parent("UBND TỈNH HÀ TĨNH").name("SỞ NỘI VỤ").abbreviation("SNV").build())
 *         .number("/GM-SNV")                                    // a draft: the register gives the number
 *         .dateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 4)))
 *         .subject("Họp triển khai công tác văn thư năm 2026")
 *         .point(Point.builder().marker("1.").text("Thời gian: {start}, ngày {date}.")
 *                 .fact(new Session(LocalDate.of(2026, 5, 12), LocalTime.of(8, 0), null, null, null)).build())
 *         .recipient("Như thành phần;").recipient("Lưu: VT, VP.")
 *         .signature(SigningAuthority.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC")
 *                 .signer("Trần Thị Bình").build())
 *         .build();
 * }</pre>
 *
 * <p>A value that cannot be held (a number without its slash, 31 February) is refused at once with an
 * {@link vn.giaymoi.domain.message.InvalidValueException}; whether the document obeys the decree is the rules'
 * verdict ({@link vn.giaymoi.domain.rules}), never the constructor's. The typed facts a point states (when, where,
 * who) are in {@link vn.giaymoi.domain.meeting}; {@link vn.giaymoi.domain.invitation.Invitation#meeting()} gathers
 * them. Next: {@link vn.giaymoi.domain.meeting}.
 */
package vn.giaymoi.domain.invitation;
