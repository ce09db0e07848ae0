package vn.giaymoi.sign.pki;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Máy chủ OCSP thử (an RFC 6960 responder for the test PKI's intermediate, built with Bouncy Castle on the JDK's
 * HttpServer at 127.0.0.1): answers "good" for every serial it is asked about unless {@link #revoke} listed it,
 * signed by the intermediate itself, echoing the nonce. {@link #silentUrl} accepts a question and never answers.
 */
public final class OcspResponder implements AutoCloseable {
    private final TestPki.Identity issuer;
    private final TestPki.Identity signedBy;
    private final HttpServer server;
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public OcspResponder(TestPki.Identity issuer) throws IOException {
        this(issuer, issuer);
    }

    /** A responder for {@code issuer}'s certificates whose answers {@code signedBy} signs (a forger, in a test). */
    public OcspResponder(TestPki.Identity issuer, TestPki.Identity signedBy) throws IOException {
        this.issuer = issuer;
        this.signedBy = signedBy;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ocsp", exchange -> {
            byte[] body;
            try {
                body = answer(new OCSPReq(exchange.getRequestBody().readAllBytes()));
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/silent", exchange -> {
            try {
                closing.await(); // a responder that hangs: the client's timeout must end the wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-ocsp");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
    }

    public URI silentUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/silent");
    }

    /** From now on the responder says {@code certificate} was revoked at {@code at}. */
    public void revoke(X509Certificate certificate, Instant at) {
        revoked.put(certificate.getSerialNumber(), at);
    }

    private byte[] answer(OCSPReq request) throws Exception {
        X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer.certificate());
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(issuerHolder.getSubject()));
        Instant now = Instant.now();
        for (Req one : request.getRequestList()) {
            if (!one.getCertID().matchesIssuer(issuerHolder, new JcaDigestCalculatorProviderBuilder().build())) continue;
            Instant when = revoked.get(one.getCertID().getSerialNumber());
            CertificateStatus status = when == null ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(when), CRLReason.keyCompromise);
            builder.addResponse(one.getCertID(), status, Date.from(now.minusSeconds(60)), Date.from(now.plus(Duration.ofHours(1))));
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) builder.setResponseExtensions(new Extensions(nonce));
        var basic = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signedBy.key()),
                new X509CertificateHolder[] {issuerHolder}, new Date());
        return new OCSPRespBuilder().build(OCSPResp.SUCCESSFUL, basic).getEncoded();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
