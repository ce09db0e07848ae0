package vn.giaymoi.sign.cert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Kiểm tra thu hồi qua CRL (revocation through the certificate's CRL distribution points): fetches each http(s)
 * CRL address the certificate names (5 s per address), checks the CRL is signed by the issuer and current, and looks
 * the certificate up. CRLs fetched once are reused by this instance.
 */
public final class CrlChecker {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<URI, X509CRL> fetched = new ConcurrentHashMap<>();

    /** The status of {@code certificate} (issued by {@code issuer}) at {@code at}. */
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant at) {
        List<URI> addresses = distributionPoints(certificate);
        if (addresses.isEmpty()) {
            return new RevocationStatus.Unknown("chứng thư không ghi địa chỉ CRL",
                    "the certificate names no CRL address");
        }
        List<String> failures = new ArrayList<>();
        for (URI address : addresses) {
            try {
                X509CRL crl = fetch(address);
                crl.verify(issuer.getPublicKey());
                if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    failures.add(address + ": CRL of another issuer");
                    continue;
                }
                if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(at)) {
                    failures.add(address + ": CRL out of date (next update " + crl.getNextUpdate().toInstant() + ")");
                    continue;
                }
                X509CRLEntry entry = crl.getRevokedCertificate(certificate);
                if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                    return new RevocationStatus.Revoked(RevocationStatus.Method.CRL, address, entry.getRevocationDate().toInstant());
                }
                return new RevocationStatus.Good(RevocationStatus.Method.CRL, address);
            } catch (IOException | GeneralSecurityException e) {
                failures.add(address + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(address + ": interrupted");
                break;
            }
        }
        String detail = String.join("; ", failures);
        return new RevocationStatus.Unknown("không tải hoặc kiểm được CRL (" + detail + ")",
                "no CRL could be fetched and checked (" + detail + ")");
    }

    private X509CRL fetch(URI address) throws IOException, InterruptedException, GeneralSecurityException {
        X509CRL known = fetched.get(address);
        if (known != null) return known;
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(response.body()));
        fetched.put(address, crl);
        return crl;
    }

    /** The http(s) addresses of the certificate's CRL distribution points. */
    static List<URI> distributionPoints(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) return List.of();
        List<URI> addresses = new ArrayList<>();
        try {
            ASN1Primitive value = ASN1Primitive.fromByteArray(DEROctetString.getInstance(extension).getOctets());
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) continue;
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() != GeneralName.uniformResourceIdentifier) continue;
                    String uri = general.getName().toString();
                    if (uri.startsWith("http://") || uri.startsWith("https://")) addresses.add(URI.create(uri));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        return addresses;
    }
}
