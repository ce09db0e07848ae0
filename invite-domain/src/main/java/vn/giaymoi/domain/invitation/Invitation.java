package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.List;
import java.util.Objects;
import vn.giaymoi.domain.delegation.SigningAuthority;
import vn.giaymoi.domain.meeting.MeetingForm;
import vn.giaymoi.domain.recipient.Addressees;
import vn.giaymoi.domain.recipient.Distribution;
import vn.giaymoi.domain.text.RichText;

/**
 * Giấy mời (meeting invitation): a Giấy mời (Mẫu 1.7), a Công văn used in its place (Mẫu 1.5), a Thông báo
 * (Mẫu 1.4) or a Công điện (Mẫu 1.6) that convenes a meeting, every part in the order and boxes of ND30 PL I §IV, in
 * the State's format or the Party's (HD 36-HD/VPTW).
 *
 * <p>A draft may leave the number and the day or month blank; issuing needs both (ND30 Điều 15). The record
 * holds what the author wrote; whether it obeys the decree is the rule engine's verdict, not the constructor's.
 *
 * @param kind giấy mời or công văn
 * @param issuer ô 2
 * @param number ô 3
 * @param dateLine ô 4
 * @param subject trích yếu (ô 5a under {@code GIẤY MỜI}, or ô 5b {@code V/v …} of a công văn), as written
 * @param urgency ô 10b, or {@code null}
 * @param confidentiality ô 10a, or {@code null}
 * @param addressees Kính gửi (ô 9a); empty for a giấy mời
 * @param opening the opening paragraph, or {@code null}
 * @param body the numbered content (ô 6)
 * @param form the meeting's form, when known
 * @param distribution Nơi nhận (ô 9b)
 * @param signature ô 7
 * @param format the State's or the Party's format
 * @param onBehalfOf the body the invitation is issued for ({@code làm giấy mời giúp Cục …}), or {@code null}
 * @param footer ô 13 address lines (address, telephone, e-mail, website), page 1 bottom; empty when none
 */
public record Invitation(InvitationKind kind, Issuer issuer, DocumentNumber number, DateLine dateLine,
        RichText subject, Urgency urgency, Confidentiality confidentiality, Addressees addressees, Opening opening,
        List<Point> body, MeetingForm form, Distribution distribution, SigningAuthority signature,
        DocumentFormat format, String onBehalfOf, List<String> footer) {
    /** An invitation in the State's format, for nobody else, without a footer. */
    public Invitation(InvitationKind kind, Issuer issuer, DocumentNumber number, DateLine dateLine,
            RichText subject, Urgency urgency, Confidentiality confidentiality, Addressees addressees, Opening opening,
            List<Point> body, MeetingForm form, Distribution distribution, SigningAuthority signature) {
        this(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees, opening, body, form,
                distribution, signature, DocumentFormat.STATE, null, List.of());
    }

    public Invitation {
        InvalidValueException.required(kind, ErrorCode.KIND_MISSING);
        InvalidValueException.required(issuer, ErrorCode.ISSUER_MISSING);
        InvalidValueException.required(number, ErrorCode.NUMBER_MISSING);
        InvalidValueException.required(dateLine, ErrorCode.DATE_LINE_MISSING);
        InvalidValueException.required(subject, ErrorCode.SUBJECT_MISSING);
        addressees = addressees == null ? Addressees.none() : addressees;
        body = body == null ? List.of() : List.copyOf(body);
        distribution = distribution == null ? new Distribution(List.of()) : distribution;
        InvalidValueException.required(signature, ErrorCode.SIGNATURE_MISSING);
        format = format == null ? DocumentFormat.STATE : format;
        onBehalfOf = vn.giaymoi.domain.text.Texts.optional(onBehalfOf);
        footer = footer == null ? List.of() : footer.stream().map(vn.giaymoi.domain.text.Texts::optional)
                .filter(Objects::nonNull).toList();
    }

    /** A fluent, immutable builder of a {@code Invitation}. */
    public static InvitationBuilder builder() {
        return InvitationBuilder.empty();
    }

    /** True for a Party document (HD 36-HD/VPTW). */
    public boolean isParty() {
        return format == DocumentFormat.PARTY;
    }

    /** True while the number or the date is blank. */
    public boolean isDraft() {
        return number.isDraft() || dateLine.isDraft();
    }

    /** The content, numbered. */
    public Outline outline() {
        return Outline.of(body, "body");
    }

    /** The typed facts of the meeting, gathered from the content in reading order. */
    public Meeting meeting() {
        return Meeting.of(outline(), form);
    }

    /** A copy with another number (as when the register assigns one). */
    public Invitation withNumber(DocumentNumber newNumber) {
        return new Invitation(kind, issuer, newNumber, dateLine, subject, urgency, confidentiality, addressees,
                opening, body, form, distribution, signature,
                format, onBehalfOf, footer);
    }

    /** A copy with another place and date line. */
    public Invitation withDateLine(DateLine newDateLine) {
        return new Invitation(kind, issuer, number, newDateLine, subject, urgency, confidentiality, addressees,
                opening, body, form, distribution, signature,
                format, onBehalfOf, footer);
    }

    /** A copy with another subject. */
    public Invitation withSubject(RichText newSubject) {
        return new Invitation(kind, issuer, number, dateLine, newSubject, urgency, confidentiality, addressees,
                opening, body, form, distribution, signature,
                format, onBehalfOf, footer);
    }

    /** A copy with another Nơi nhận. */
    public Invitation withDistribution(Distribution newDistribution) {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees,
                opening, body, form, newDistribution, signature,
                format, onBehalfOf, footer);
    }

    /** A copy with another Kính gửi. */
    public Invitation withAddressees(Addressees newAddressees) {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, newAddressees,
                opening, body, form, distribution, signature,
                format, onBehalfOf, footer);
    }

    /** A copy with another content. */
    public Invitation withBody(List<Point> newBody) {
        return new Invitation(kind, issuer, number, dateLine, subject, urgency, confidentiality, addressees,
                opening, newBody, form, distribution, signature,
                format, onBehalfOf, footer);
    }
}
