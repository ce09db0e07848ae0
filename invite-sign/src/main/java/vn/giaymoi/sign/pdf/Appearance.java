package vn.giaymoi.sign.pdf;

import java.util.Objects;
import java.util.Optional;

/**
 * Hình thức hiển thị chữ ký số (how a digital signature shows on the page, NĐ 30/2020/NĐ-CP, Điều 13 and Phụ lục I,
 * mục II.7.d and II.8).
 */
public sealed interface Appearance {

    /**
     * Chữ ký của người có thẩm quyền: the signer's signature image (blue PNG) centred in the signature block between
     * the title and the name; with {@code seal}, the organisation's seal drawn over its left third in the same
     * signature (an office that signs with one certificate).
     */
    record SignerSignature(PngImage signature, Optional<PngImage> seal) implements Appearance {
        public SignerSignature {
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(seal, "seal");
        }
    }

    /**
     * Chữ ký số của cơ quan on a signed invitation: the seal image (red PNG, at real size) over about the left third
     * of the signer's signature image already in the document.
     */
    record OrganisationSeal(PngImage seal) implements Appearance {
        public OrganisationSeal {
            Objects.requireNonNull(seal, "seal");
        }
    }

    /**
     * Chữ ký số của cơ quan on an attachment or a digitised copy (Phụ lục I, mục II.8.b): no image; at the top right
     * of page 1, the organisation's name, an optional line (số và ký hiệu, or the copy form) and the signing time in
     * ISO 8601 with +07:00, in Times New Roman 10, black.
     */
    record OrganisationStamp(String organisation, Optional<String> line) implements Appearance {
        public OrganisationStamp {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(line, "line");
        }
    }
}
