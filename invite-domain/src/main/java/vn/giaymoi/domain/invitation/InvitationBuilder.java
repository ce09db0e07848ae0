package vn.giaymoi.domain.invitation;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/**
 * Trình tạo giấy mời (invitation builder): a fluent way to make an {@link Invitation} part by part, e.g.
 * <pre>{@code
 * Invitation inv = Invitation.builder()
 *         .kind(InvitationKind.GIAY_MOI)
 *         .issuer(Issuer.builder().parent("UBND TỈNH HÀ TĨNH").name("SỞ NỘI VỤ").build())
 *         .number("05/GM-SNV")
 *         .dateLine(DateLine.of("Hà Tĩnh", LocalDate.of(2026, 5, 4)))
 *         .subject("Họp triển khai công tác văn thư")
 *         .point(Point.builder().marker("1.").text("Thời gian: 08 giờ 00, ngày 12/5/2026.").build())
 *         .recipient("Như thành phần;").recipient("Lưu: VT, VP.")
 *         .signature(SigningAuthority.builder().authority("KT. GIÁM ĐỐC").title("PHÓ GIÁM ĐỐC").signer("Trần Thị Bình").build())
 *         .build();
 * }</pre>
 *
 * <p>Immutable: every method returns a new builder, so one half-built value can be the start of several.
 * {@link #build()} makes the {@link Invitation}, which refuses what it cannot hold with an
 * {@link vn.giaymoi.domain.message.InvalidValueException}.
 */
public final class InvitationBuilder {
    private final InvitationKind kind;
    private final Issuer issuer;
    private final DocumentNumber number;
    private final DateLine dateLine;
    private final RichText subject;
    private final Urgency urgency;
    private final Confidentiality confidentiality;
    private final Addressees addressees;
    private final Opening opening;
    private final List<Point> body;
    private final MeetingForm form;
    private final Distribution distribution;
    private final SigningAuthority signature;
    private final DocumentFormat format;
    private final String onBehalfOf;
    private final List<String> footer;

    private InvitationBuilder(InvitationKind kind, Issuer issuer, DocumentNumber number, DateLine dateLine, RichText subject, Urgency urgency, Confidentiality confidentiality, Addressees addressees, Opening opening, List<Point> body, MeetingForm form, Distribution distribution, SigningAuthority signature, DocumentFormat format, String onBehalfOf, List<String> footer) {
        this.kind = kind;
        this.issuer = issuer;
        this.number = number;
        this.dateLine = dateLine;
        this.subject = subject;
        this.urgency = urgency;
        this.confidentiality = confidentiality;
        this.addressees = addressees;
        this.opening = opening;
        this.body = body;
        this.form = form;
        this.distribution = distribution;
        this.signature = signature;
        this.format = format;
        this.onBehalfOf = onBehalfOf;
        this.footer = footer;
    }

    /** An empty builder. */
    static InvitationBuilder empty() {
        return new InvitationBuilder(null, null, null, null, null, null, null, Addressees.none(), null, List.of(), null, new Distribution(List.of()), null, DocumentFormat.STATE, null, List.of());
    }

    /** The kind: giấy mời, công văn, thông báo, công điện. */
    public InvitationBuilder kind(InvitationKind kind) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 2: the issuing body. */
    public InvitationBuilder issuer(Issuer issuer) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 3: số, ký hiệu. */
    public InvitationBuilder number(DocumentNumber number) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 4: place and date. */
    public InvitationBuilder dateLine(DateLine dateLine) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Trích yếu. */
    public InvitationBuilder subject(RichText subject) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 10b, or {@code null}. */
    public InvitationBuilder urgency(Urgency urgency) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 10a, or {@code null}. */
    public InvitationBuilder confidentiality(Confidentiality confidentiality) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Kính gửi (ô 9a). */
    public InvitationBuilder addressees(Addressees addressees) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** The opening paragraph, or {@code null}. */
    public InvitationBuilder opening(Opening opening) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** The content (ô 6), replacing what was there. */
    public InvitationBuilder body(List<Point> body) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, List.copyOf(body), form, distribution, signature, format, onBehalfOf, footer);
    }

    /** The meeting's form, or {@code null}. */
    public InvitationBuilder form(MeetingForm form) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Nơi nhận (ô 9b), replacing what was there. */
    public InvitationBuilder distribution(Distribution distribution) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 7: the signature block. */
    public InvitationBuilder signature(SigningAuthority signature) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** The State's (default) or the Party's format. */
    public InvitationBuilder format(DocumentFormat format) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** The body the invitation is issued for, or {@code null}. */
    public InvitationBuilder onBehalfOf(String onBehalfOf) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Ô 13 lines, replacing what was there. */
    public InvitationBuilder footer(List<String> footer) {
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, List.copyOf(footer));
    }

    /** Ô 3 as printed: {@code 05/GM-SNV}, a draft {@code /GM-SNV}. */
    public InvitationBuilder number(String printed) {
        return new InvitationBuilder(kind, issuer, DocumentNumber.parse(printed), dateLine, subject, urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** Trích yếu as written ({@code **bold**} and {@code *italic*} marks allowed). */
    public InvitationBuilder subject(String markup) {
        return new InvitationBuilder(kind, issuer, number, dateLine, RichText.of(markup), urgency, confidentiality, addressees, opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** One more point of the content, after the others. */
    public InvitationBuilder point(Point point) {
        List<Point> more = new ArrayList<>(body);
        more.add(point);
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, List.copyOf(more), form, distribution, signature, format, onBehalfOf, footer);
    }

    /** One more line of Kính gửi. */
    public InvitationBuilder addressee(String entry) {
        List<RichText> more = new ArrayList<>(addressees.entries());
        more.add(RichText.of(entry));
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, new Addressees(more), opening, body, form, distribution, signature, format, onBehalfOf, footer);
    }

    /** One more line of Nơi nhận, e.g. {@code Lưu: VT, VP.} */
    public InvitationBuilder recipient(String entry) {
        List<RichText> more = new ArrayList<>(distribution.entries());
        more.add(RichText.of(entry));
        return new InvitationBuilder(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form, new Distribution(more), signature, format, onBehalfOf, footer);
    }

    /** The {@link Invitation}. */
    public Invitation build() {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form,
                distribution, signature, format, onBehalfOf, footer);
    }
}
