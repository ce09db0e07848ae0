package vn.giaymoi.sign.cert;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Dựng chuỗi chứng thư (certification path building, RFC 5280 through the JDK's PKIX): from a certificate, through
 * the intermediates that came with it, to one of the trusted roots, every certificate valid at the given instant.
 * Revocation is checked separately ({@link RevocationChecker}) so that an unreachable responder or CRL is reported, not fatal.
 */
public final class ChainValidator {

    /** The chain status of {@code certificates.get(0)}, helped by the others, at {@code at}. */
    public ChainStatus validate(List<X509Certificate> certificates, TrustAnchors anchors, Instant at) {
        if (anchors.isEmpty()) {
            return new ChainStatus.Untrusted("chưa có chứng thư gốc tin cậy nào (thêm --trust GỐC.pem)",
                    "no trusted root was given (add --trust ROOT.pem)");
        }
        X509Certificate target = certificates.get(0);
        try {
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.asJca(), selector);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates)));
            PKIXCertPathBuilderResult result =
                    (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            X509Certificate root = result.getTrustAnchor().getTrustedCert();
            path.add(root);
            return new ChainStatus.Trusted(path, root);
        } catch (CertPathBuilderException e) {
            String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            return new ChainStatus.Untrusted(
                    "không lập được chuỗi chứng thư hợp lệ tới một chứng thư gốc tin cậy" + detail,
                    "no valid certification path to a trusted root" + detail);
        } catch (GeneralSecurityException e) {
            return new ChainStatus.Untrusted("không kiểm tra được chuỗi chứng thư (" + e.getMessage() + ")",
                    "the certification path could not be checked (" + e.getMessage() + ")");
        }
    }
}
