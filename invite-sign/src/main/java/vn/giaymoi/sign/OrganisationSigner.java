package vn.giaymoi.sign;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import vn.giaymoi.domain.rules.Language;
import vn.giaymoi.sign.key.SigningKey;
import vn.giaymoi.sign.pdf.Appearance;
import vn.giaymoi.sign.pdf.PngImage;
import vn.giaymoi.sign.verify.Coverage;
import vn.giaymoi.sign.verify.PdfSignatureVerifier;
import vn.giaymoi.sign.verify.ReportText;
import vn.giaymoi.sign.verify.SignatureVerification;
import vn.giaymoi.sign.verify.VerificationReport;

/**
 * Ký số của cơ quan khi ban hành (the organisation's signature at issue time, on the server): the only key the server
 * holds is the organisation's. The signer's personal certificate stays on the signer's USB token: the server prepares
 * the numbered PDF, the signer signs it on their own machine ({@code giaymoi sign --pkcs11 …} or the office's signing
 * agent) and uploads it; {@link #sealSignedByTheSigner} checks the upload is exactly the prepared document plus one
 * valid signature, then adds the organisation's seal over it. Attachments and digitised copies get
 * {@link #signAttachment}. Wired into the issue flow by the web edge (docs/decisions.md).
 */
public final class OrganisationSigner {
    private final SigningService service;
    private final SigningKey organisationKey;
    private final PngImage seal;
    private final PdfSignatureVerifier verifier = new PdfSignatureVerifier();

    public OrganisationSigner(SigningService service, SigningKey organisationKey, PngImage seal) {
        this.service = Objects.requireNonNull(service, "service");
        this.organisationKey = Objects.requireNonNull(organisationKey, "organisationKey");
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /**
     * The seal signature over the signer's: {@code uploaded} must start with the exact bytes of {@code prepared} (so
     * nothing in the document changed) and carry exactly one more signature, valid and covering the whole file.
     */
    public SigningService.Outcome sealSignedByTheSigner(byte[] prepared, byte[] uploaded) {
        if (uploaded.length <= prepared.length || !Arrays.equals(uploaded, 0, prepared.length, prepared, 0, prepared.length)) {
            return new SigningService.Outcome.NotAccepted(
                    "Tệp gửi lên không phải văn bản đã chuẩn bị để ký: nội dung đã khác (cần ký đúng tệp đã tải về, không sửa).",
                    "The uploaded file is not the document prepared for signing: its content differs (sign the downloaded file as is).");
        }
        int before = verifier.verify(prepared, service.anchors(), service.clock().instant()).signatures().size();
        VerificationReport report = verifier.verify(uploaded, service.anchors(), service.clock().instant());
        if (report.signatures().size() != before + 1) {
            return new SigningService.Outcome.NotAccepted("Tệp gửi lên phải có đúng một chữ ký mới của người ký.",
                    "The uploaded file must carry exactly one new signature, the signer's.");
        }
        SignatureVerification signer = report.signatures().get(report.signatures().size() - 1);
        if (!signer.valid() || signer.coverage() != Coverage.WHOLE_DOCUMENT) {
            return new SigningService.Outcome.NotAccepted(
                    "Chữ ký của người ký không hợp lệ:\n" + ReportText.render(report, Language.VI),
                    "The signer's signature is not valid:\n" + ReportText.render(report, Language.EN));
        }
        return service.sign(uploaded, organisationKey, new Appearance.OrganisationSeal(seal));
    }

    /** An attachment or digitised copy signed by the organisation: name, {@code line} and time at the top right. */
    public SigningService.Outcome signAttachment(byte[] pdf, String organisationName, Optional<String> line) {
        return service.sign(pdf, organisationKey, new Appearance.OrganisationStamp(organisationName, line));
    }
}
