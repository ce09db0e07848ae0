package vn.giaymoi.sign.cert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chứng thư gốc tin cậy (trusted root certificates): the roots a chain must end in. Immutable.
 */
public final class TrustAnchors {
    private final List<X509Certificate> roots;

    private TrustAnchors(List<X509Certificate> roots) {
        this.roots = List.copyOf(roots);
    }

    public static TrustAnchors of(List<X509Certificate> roots) {
        return new TrustAnchors(roots);
    }

    public static TrustAnchors none() {
        return new TrustAnchors(List.of());
    }

    /**
     * The certificates of PEM (or DER) files; one file may hold several.
     *
     * @throws UnreadableCertificate naming the file that is not a certificate
     */
    public static TrustAnchors fromFiles(List<Path> files) {
        List<X509Certificate> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file));
        }
        return new TrustAnchors(all);
    }

    /** These roots and the self-signed certificates among {@code chain} (a root that came with the key). */
    public TrustAnchors withSelfSignedOf(List<X509Certificate> chain) {
        Set<X509Certificate> all = new LinkedHashSet<>(roots);
        chain.stream().filter(TrustAnchors::selfSigned).forEach(all::add);
        return new TrustAnchors(new ArrayList<>(all));
    }

    public List<X509Certificate> roots() {
        return roots;
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    Set<TrustAnchor> asJca() {
        return roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
    }

    static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new UnreadableCertificate(file, "tệp không chứa chứng thư nào");
            }
            return certificates;
        } catch (IOException e) {
            throw new UnreadableCertificate(file, "không đọc được tệp (" + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw new UnreadableCertificate(file, "không phải chứng thư X.509 dạng PEM hoặc DER");
        }
    }

    /** Tệp chứng thư không đọc được: a --trust file that is missing or is not a certificate. */
    public static final class UnreadableCertificate extends RuntimeException {
        private final transient Path file;

        UnreadableCertificate(Path file, String reason) {
            super(file + ": " + reason);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
