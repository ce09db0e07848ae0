package vn.giaymoi.sign.cert;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Tên trong chứng thư số (names in a certificate): the holder (CN) and the organisation (O) of a subject. */
public final class CertificateNames {
    private CertificateNames() {}

    /** The holder's common name, or the whole subject when it has none. */
    public static String holder(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN).orElse(certificate.getSubjectX500Principal().getName());
    }

    /** The organisation (O) the certificate was issued to, when it names one. */
    public static Optional<String> organisation(X509Certificate certificate) {
        return attribute(certificate, BCStyle.O);
    }

    /** The issuer's common name, or its whole name. */
    public static String issuer(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        RDN[] rdns = name.getRDNs(BCStyle.CN);
        return rdns.length == 0 ? name.toString() : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private static Optional<String> attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? Optional.empty()
                : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }
}
