package vn.giaymoi.sign.cert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Kiểm tra thu hồi qua OCSP (RFC 6960): asks each http(s) responder named in the certificate's Authority Information
 * Access about it, with a nonce, each question bounded by a timeout. An answer counts only when it is signed by the
 * issuer or by a responder certificate the issuer gave the OCSP-signing purpose, echoes the nonce, is about this
 * certificate and is current. A responder that does not answer in time gives "không kiểm tra được", never a failure.
 */
public final class OcspChecker {
    /** Default bound of one question: a signing request must not hang on a dead responder. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Clock difference tolerated between us and the responder. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public OcspChecker() {
        this(TIMEOUT);
    }

    public OcspChecker(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The status of {@code certificate} (issued by {@code issuer}) at {@code at}. */
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        List<URI> responders = responders(certificate);
        if (responders.isEmpty()) {
            return new RevocationStatus.Unknown("chứng thư không ghi địa chỉ OCSP", "the certificate names no OCSP responder");
        }
        List<String> failures = new ArrayList<>();
        for (URI responder : responders) {
            try {
                return ask(responder, certificate, issuer, at);
            } catch (HttpTimeoutException e) {
                failures.add(responder + ": không trả lời trong " + timeout.toSeconds() + " s");
            } catch (IOException | OCSPException | GeneralSecurityException | OperatorCreationException | Unusable e) {
                failures.add(responder + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(responder + ": interrupted");
                break;
            }
        }
        String detail = String.join("; ", failures);
        return new RevocationStatus.Unknown("không hỏi được máy chủ OCSP (" + detail + ")",
                "no OCSP responder gave a usable answer (" + detail + ")");
    }

    private RevocationStatus ask(URI responder, X509Certificate certificate, X509Certificate issuer, Instant at)
            throws IOException, InterruptedException, OCSPException, GeneralSecurityException, OperatorCreationException,
            Unusable {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        // RFC 8954: the extension's value is the DER of an OCTET STRING holding the nonce
        OCSPReq request = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(new Extension(
                OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(new DEROctetString(nonce).getEncoded()))))
                .build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(responder).timeout(timeout)
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new Unusable("HTTP " + response.statusCode());
        OCSPResp answer = new OCSPResp(response.body());
        if (answer.getStatus() != OCSPResp.SUCCESSFUL) throw new Unusable("trạng thái trả lời " + answer.getStatus());
        if (!(answer.getResponseObject() instanceof BasicOCSPResp basic)) throw new Unusable("không phải trả lời cơ bản");
        if (!signedByIssuerOrItsResponder(basic, issuer)) throw new Unusable("chữ ký của trả lời không do nơi cấp ủy quyền");
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null || !echoes(echoed, nonce)) throw new Unusable("trả lời không mang đúng nonce");
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().equals(id)) continue;
            if (single.getThisUpdate().toInstant().isAfter(at.plus(SKEW))
                    || single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(at.minus(SKEW))) {
                throw new Unusable("trả lời không còn hiện hành");
            }
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) return new RevocationStatus.Good(RevocationStatus.Method.OCSP, responder);
            if (status instanceof RevokedStatus revoked) {
                Instant when = revoked.getRevocationTime().toInstant();
                return when.isAfter(at) ? new RevocationStatus.Good(RevocationStatus.Method.OCSP, responder)
                        : new RevocationStatus.Revoked(RevocationStatus.Method.OCSP, responder, when);
            }
            throw new Unusable("máy chủ không biết chứng thư này");
        }
        throw new Unusable("trả lời không nói về chứng thư này");
    }

    /** The responder echoed our nonce: wrapped as RFC 8954 says, or bare as some responders send it. */
    private static boolean echoes(Extension extension, byte[] nonce) {
        byte[] value = extension.getExtnValue().getOctets();
        if (Arrays.equals(value, nonce)) return true;
        try {
            return Arrays.equals(ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(value)).getOctets(), nonce);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean signedByIssuerOrItsResponder(BasicOCSPResp basic, X509Certificate issuer)
            throws OCSPException, GeneralSecurityException, OperatorCreationException {
        JcaContentVerifierProviderBuilder verifiers = new JcaContentVerifierProviderBuilder();
        if (basic.isSignatureValid(verifiers.build(issuer.getPublicKey()))) return true;
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = new JcaX509CertificateConverter().getCertificate(holder);
            List<String> purposes = responder.getExtendedKeyUsage();
            if (purposes == null || !purposes.contains(KeyPurposeId.id_kp_OCSPSigning.getId())) continue;
            if (!responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) continue;
            try {
                responder.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                continue;
            }
            if (basic.isSignatureValid(verifiers.build(responder.getPublicKey()))) return true;
        }
        return false;
    }

    /** The http(s) OCSP responders of the certificate's Authority Information Access. */
    static List<URI> responders(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) return List.of();
        List<URI> found = new ArrayList<>();
        try {
            ASN1Primitive value = ASN1Primitive.fromByteArray(DEROctetString.getInstance(extension).getOctets());
            for (AccessDescription access : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                if (!access.getAccessMethod().equals(AccessDescription.id_ad_ocsp)) continue;
                GeneralName name = access.getAccessLocation();
                if (name.getTagNo() != GeneralName.uniformResourceIdentifier) continue;
                String uri = name.getName().toString();
                if (uri.startsWith("http://") || uri.startsWith("https://")) found.add(URI.create(uri));
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        return found;
    }

    /** An answer we may not rely on, with the reason. */
    private static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }
}
