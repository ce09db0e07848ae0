package vn.giaymoi.sign.verify;

import java.util.List;

/** Báo cáo kiểm tra chữ ký số (the verification report of a signed PDF): one entry per signature, in signing order. */
public record VerificationReport(List<SignatureVerification> signatures) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    /** True when the document has signatures and every one is valid. */
    public boolean allValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureVerification::valid);
    }
}
