package vn.giaymoi.sign.pki;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.giaymoi.sign.key.SigningKey;

/**
 * Hạ tầng khóa công khai thử (a test PKI built with Bouncy Castle): a root, an intermediate, a signer (a person),
 * an organisation, a timestamp authority, and the certificates that must be refused (expired, not yet valid, wrong
 * key usage, RSA-1024, revoked). A small HTTP server on 127.0.0.1 serves the intermediate's CRL (listing the revoked
 * certificate) and answers RFC 3161 timestamp requests. One instance per test JVM ({@link #shared()}).
 */
public final class TestPki {
    private static TestPki shared;

    public final Identity root;
    public final Identity intermediate;
    public final Identity signer;
    public final Identity organisation;
    public final Identity ecdsaSigner;
    public final Identity expired;
    public final Identity notYetValid;
    public final Identity wrongKeyUsage;
    public final Identity rsa1024;
    public final Identity revoked;
    public final Identity timestampAuthority;
    /** A root nobody trusts, and a signer under it. */
    public final Identity strangerRoot;
    public final Identity strangerSigner;

    private final HttpServer server;
    private final AtomicLong serials = new AtomicLong(1000);
    private final URI crlUrl;
    private final URI tsaUrl;
    private volatile byte[] crl;

    /** A signing identity: its key and its chain (the certificate first, up to and including the root). */
    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }

        /** As a signing key whose chain stops before the root (what a CA hands out: the root is trusted separately). */
        public SigningKey signingKey() {
            return new SigningKey(key, chain.size() > 1 ? chain.subList(0, chain.size() - 1) : chain, java.util.Optional.empty());
        }

        /** A PKCS#12 file with the key and the chain without the root. */
        public Path writePkcs12(Path file, char[] password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                List<X509Certificate> chain = signingKey().chain();
                store.setKeyEntry("key", key, password, chain.toArray(X509Certificate[]::new));
                try (OutputStream out = Files.newOutputStream(file)) {
                    store.store(out, password);
                }
                return file;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The certificate as a PEM file. */
        public Path writePem(Path file) {
            try {
                StringWriter text = new StringWriter();
                try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
                    pem.writeObject(certificate());
                }
                return Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static synchronized TestPki shared() {
        if (shared == null) shared = new TestPki();
        return shared;
    }

    private TestPki() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            crlUrl = URI.create(base + "/crl/intermediate.crl");
            tsaUrl = URI.create(base + "/tsa");
            Instant now = Instant.now();
            Duration day = Duration.ofDays(1);

            root = issue(null, rsa(2048), name("Test Root CA giaymoi", "Ban Cơ yếu thử nghiệm"), now.minus(day.multipliedBy(3650)),
                    now.plus(day.multipliedBy(3650)), Kind.CA, false);
            intermediate = issue(root, rsa(2048), name("Test CA cấp 2 giaymoi", "Ban Cơ yếu thử nghiệm"),
                    now.minus(day.multipliedBy(1000)), now.plus(day.multipliedBy(2000)), Kind.CA, false);
            signer = issue(intermediate, rsa(2048), name("Trần Văn B", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day), now.plus(day.multipliedBy(365)),
                    Kind.SIGNER, true);
            organisation = issue(intermediate, rsa(2048), name("Sở Nội vụ tỉnh Hà Tĩnh", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day),
                    now.plus(day.multipliedBy(365)), Kind.SIGNER, true);
            ecdsaSigner = issue(intermediate, ec(), name("Lê Thị C", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day),
                    now.plus(day.multipliedBy(365)), Kind.SIGNER, true);
            expired = issue(intermediate, rsa(2048), name("Người Hết Hạn", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day.multipliedBy(400)),
                    now.minus(day.multipliedBy(35)), Kind.SIGNER, true);
            notYetValid = issue(intermediate, rsa(2048), name("Người Chưa Hiệu Lực", "Sở Nội vụ tỉnh Hà Tĩnh"),
                    now.plus(day.multipliedBy(30)), now.plus(day.multipliedBy(400)), Kind.SIGNER, true);
            wrongKeyUsage = issue(intermediate, rsa(2048), name("Máy Chủ Mã Hóa", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day),
                    now.plus(day.multipliedBy(365)), Kind.ENCRYPTION_ONLY, true);
            rsa1024 = issue(intermediate, rsa(1024), name("Khóa Yếu", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day),
                    now.plus(day.multipliedBy(365)), Kind.SIGNER, true);
            revoked = issue(intermediate, rsa(2048), name("Người Bị Thu Hồi", "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(day.multipliedBy(10)),
                    now.plus(day.multipliedBy(365)), Kind.SIGNER, true);
            timestampAuthority = issue(intermediate, rsa(2048), name("Test TSA giaymoi", "Ban Cơ yếu thử nghiệm"), now.minus(day),
                    now.plus(day.multipliedBy(365)), Kind.TIMESTAMPING, false);
            strangerRoot = issue(null, rsa(2048), name("Stranger Root", "Không ai tin"), now.minus(day), now.plus(day.multipliedBy(365)),
                    Kind.CA, false);
            strangerSigner = issue(strangerRoot, rsa(2048), name("Người Lạ", "Không ai tin"), now.minus(day),
                    now.plus(day.multipliedBy(365)), Kind.SIGNER, false);
            crl = crl(now.minus(day.multipliedBy(2)), now);

            server.createContext("/crl/intermediate.crl", exchange -> {
                byte[] body = crl;
                exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.createContext("/tsa", exchange -> {
                byte[] body;
                try {
                    body = timestamp(exchange.getRequestBody().readAllBytes());
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
        } catch (IOException | GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("test PKI", e);
        }
    }

    public URI crlUrl() {
        return crlUrl;
    }

    public URI tsaUrl() {
        return tsaUrl;
    }

    /** An address where nothing answers (for "unreachable" cases). */
    public static URI unreachable() {
        return URI.create("http://127.0.0.1:9/");
    }

    private enum Kind { CA, SIGNER, ENCRYPTION_ONLY, TIMESTAMPING }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /**
     * A new signer under the intermediate, valid from yesterday for a year, whose Authority Information Access names
     * the OCSP responder {@code ocsp}, and with the CRL address too when {@code withCrl}.
     */
    public Identity signerWithOcsp(String commonName, URI ocsp, boolean withCrl) {
        try {
            Instant now = Instant.now();
            return issue(intermediate, rsa(2048), name(commonName, "Sở Nội vụ tỉnh Hà Tĩnh"), now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(365)), Kind.SIGNER, withCrl, ocsp);
        } catch (IOException | GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Identity issue(Identity issuer, KeyPair keys, X500Name subject, Instant from, Instant to, Kind kind, boolean withCrl)
            throws IOException, GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        return issue(issuer, keys, subject, from, to, kind, withCrl, null);
    }

    private Identity issue(Identity issuer, KeyPair keys, X500Name subject, Instant from, Instant to, Kind kind, boolean withCrl,
            URI ocsp) throws IOException, GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.key();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                BigInteger.valueOf(serials.incrementAndGet()), Date.from(from), Date.from(to), subject, keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer.certificate()));
        }
        switch (kind) {
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(issuer == null ? 1 : 0));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SIGNER -> builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            case ENCRYPTION_ONLY -> builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyEncipherment | KeyUsage.dataEncipherment));
            case TIMESTAMPING -> {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
        }
        if (withCrl) {
            GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl.toString()));
            builder.addExtension(Extension.cRLDistributionPoints, false,
                    new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(where), null, null)}));
        }
        if (ocsp != null) {
            builder.addExtension(Extension.authorityInfoAccess, false, new org.bouncycastle.asn1.x509.AuthorityInformationAccess(
                    org.bouncycastle.asn1.x509.AccessDescription.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, ocsp.toString())));
        }
        ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(signingKey);
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        List<X509Certificate> chain = new java.util.ArrayList<>();
        chain.add(certificate);
        if (issuer != null) chain.addAll(issuer.chain());
        return new Identity(keys.getPrivate(), chain);
    }

    private byte[] crl(Instant revokedAt, Instant now)
            throws IOException, GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(intermediate.certificate().getSubjectX500Principal().getEncoded()), Date.from(now.minusSeconds(3600)));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        builder.addCRLEntry(revoked.certificate().getSerialNumber(), Date.from(revokedAt), CRLReason.keyCompromise);
        ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(intermediate.key());
        return new JcaX509CRLConverter().getCRL(builder.build(contentSigner)).getEncoded();
    }

    private byte[] timestamp(byte[] request) throws Exception {
        TimeStampRequest question = new TimeStampRequest(request);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", timestampAuthority.key(), timestampAuthority.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(timestampAuthority.chain().subList(0, 2)));
        TimeStampResponse answer = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(question, BigInteger.valueOf(serials.incrementAndGet()), new Date());
        return answer.getEncoded();
    }
}
