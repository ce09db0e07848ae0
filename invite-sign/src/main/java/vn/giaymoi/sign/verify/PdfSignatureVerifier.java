package vn.giaymoi.sign.verify;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import vn.giaymoi.sign.cert.CertificateNames;
import vn.giaymoi.sign.cert.ChainStatus;
import vn.giaymoi.sign.cert.ChainValidator;
import vn.giaymoi.sign.cert.RevocationChecker;
import vn.giaymoi.sign.cert.RevocationStatus;
import vn.giaymoi.sign.cert.TrustAnchors;
import vn.giaymoi.sign.pdf.UnreadablePdf;

/**
 * Kiểm tra chữ ký số trong PDF (verifies every signature of a PDF): the CMS signature over its byte range, what was
 * added after it, its timestamp, the chain to the trusted roots (at the timestamp's time when there is a sound one,
 * else at {@code now}) and revocation through the OCSP responders the certificates name, else their CRLs. Blocking (network):
 * call it off any event loop.
 */
public final class PdfSignatureVerifier {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ChainValidator chains = new ChainValidator();

    public VerificationReport verify(byte[] pdf, TrustAnchors anchors, Instant now) {
        RevocationChecker crls = new RevocationChecker();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Signed> signed = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null && signature.getByteRange().length == 4) {
                    signed.add(new Signed(field.getFullyQualifiedName(), signature));
                }
            }
            signed.sort(Comparator.comparingLong(Signed::end));
            long lastEnd = signed.isEmpty() ? 0 : signed.get(signed.size() - 1).end();
            List<SignatureVerification> results = new ArrayList<>();
            for (int i = 0; i < signed.size(); i++) {
                Signed s = signed.get(i);
                Coverage coverage = s.end() == pdf.length ? Coverage.WHOLE_DOCUMENT
                        : lastEnd == pdf.length ? Coverage.SIGNED_AGAIN_LATER : Coverage.CHANGED_AFTER_SIGNING;
                results.add(verifyOne(i + 1, s, pdf, coverage, anchors, now, crls));
            }
            return new VerificationReport(results);
        } catch (IOException e) {
            throw new UnreadablePdf("không đọc được tệp PDF (" + e.getMessage() + ")", e);
        }
    }

    private record Signed(String fieldName, PDSignature signature) {
        long end() {
            int[] range = signature.getByteRange();
            return (long) range[2] + range[3];
        }
    }

    private SignatureVerification verifyOne(int number, Signed s, byte[] pdf, Coverage coverage, TrustAnchors anchors,
            Instant now, RevocationChecker crls) {
        Optional<ZonedDateTime> claimed = Optional.ofNullable(s.signature().getSignDate())
                .map(c -> c.toInstant().atZone(VIETNAM));
        CMSSignedData cms;
        SignerInformation signer;
        X509Certificate certificate;
        List<X509Certificate> certificates;
        try {
            byte[] content = signedContent(s.signature(), pdf);
            cms = new CMSSignedData(new CMSProcessableByteArray(content), contentInfo(s.signature().getContents(pdf)));
            signer = cms.getSignerInfos().getSigners().iterator().next();
            certificates = certificates(cms.getCertificates());
            certificate = match(cms.getCertificates(), signer);
        } catch (CMSException | IOException | CertificateException | RuntimeException e) {
            return broken(number, s, claimed, coverage, e);
        }
        Integrity integrity;
        try {
            integrity = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)) ? Integrity.INTACT : Integrity.BROKEN;
        } catch (CMSSignerDigestMismatchException e) {
            integrity = Integrity.MODIFIED;
        } catch (CMSException | OperatorCreationException e) {
            integrity = Integrity.BROKEN;
        }
        Optional<Timestamp> timestamp = timestamp(signer, anchors);
        Instant at = timestamp.filter(Timestamp::trusted).map(Timestamp::time).orElse(now);
        List<X509Certificate> chainInput = new ArrayList<>();
        chainInput.add(certificate);
        certificates.stream().filter(c -> !c.equals(certificate)).forEach(chainInput::add);
        ChainStatus chain = chains.validate(chainInput, anchors, at);
        RevocationStatus revocation = chain instanceof ChainStatus.Trusted trusted
                ? revocation(trusted.path(), at, crls)
                : new RevocationStatus.Unknown("chưa kiểm tra vì chuỗi chứng thư không tin cậy",
                        "not checked because the chain is not trusted");
        return new SignatureVerification(number, s.fieldName(), CertificateNames.holder(certificate),
                CertificateNames.organisation(certificate), CertificateNames.issuer(certificate), claimed, timestamp,
                integrity, coverage, chain, revocation);
    }

    private static SignatureVerification broken(int number, Signed s, Optional<ZonedDateTime> claimed, Coverage coverage,
            Exception why) {
        String name = Optional.ofNullable(s.signature().getName()).orElse("?");
        String detail = " (" + why.getClass().getSimpleName() + (why.getMessage() == null ? "" : ": " + why.getMessage()) + ")";
        return new SignatureVerification(number, s.fieldName(), name, Optional.empty(), "?", claimed, Optional.empty(),
                Integrity.BROKEN, coverage,
                new ChainStatus.Untrusted("không đọc được chữ ký" + detail, "the signature cannot be read" + detail),
                new RevocationStatus.Unknown("không đọc được chữ ký", "the signature cannot be read"));
    }

    /** The CMS structure at the start of /Contents, without the zero padding after it. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) throw new IOException("empty signature");
            return ContentInfo.getInstance(first);
        }
    }

    /** The bytes of the signature's byte range; a range outside the file is a broken signature. */
    private static byte[] signedContent(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        if (range[0] != 0 || range[1] < 0 || range[2] < range[1] || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            throw new IOException("byte range outside the file");
        }
        byte[] content = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, content, 0, range[1]);
        System.arraycopy(pdf, range[2], content, range[1], range[3]);
        return content;
    }

    private RevocationStatus revocation(List<X509Certificate> path, Instant at, RevocationChecker crls) {
        RevocationStatus signerStatus = null;
        for (int i = 0; i + 1 < path.size(); i++) {
            RevocationStatus status = crls.status(path.get(i), path.get(i + 1), at);
            if (status instanceof RevocationStatus.Revoked) return status;
            if (i == 0) signerStatus = status;
        }
        return signerStatus;
    }

    private Optional<Timestamp> timestamp(SignerInformation signer, TrustAnchors anchors) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) return Optional.empty();
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            TimeStampToken token = new TimeStampToken(new CMSSignedData(value.toASN1Primitive().getEncoded()));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            X509Certificate authority = match(token.getCertificates(), token.getSID());
            boolean valid;
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
                String algorithm = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
                byte[] expected = MessageDigest.getInstance(algorithm).digest(signer.getSignature());
                valid = Arrays.equals(expected, token.getTimeStampInfo().getMessageImprintDigest());
            } catch (TSPException | OperatorCreationException | GeneralSecurityException e) {
                valid = false;
            }
            List<X509Certificate> chainInput = new ArrayList<>();
            chainInput.add(authority);
            certificates(token.getCertificates()).stream().filter(c -> !c.equals(authority)).forEach(chainInput::add);
            ChainStatus chain = chains.validate(chainInput, anchors, time);
            return Optional.of(new Timestamp(time, CertificateNames.holder(authority), valid, chain));
        } catch (IOException | TSPException | CMSException | CertificateException | RuntimeException e) {
            return Optional.of(new Timestamp(Instant.EPOCH, "?", false,
                    new ChainStatus.Untrusted("không đọc được dấu thời gian", "the timestamp cannot be read")));
        }
    }

    private static X509Certificate match(Store<X509CertificateHolder> store, SignerInformation signer)
            throws CertificateException {
        return match(store, signer.getSID());
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate match(Store<X509CertificateHolder> store, org.bouncycastle.util.Selector<?> selector)
            throws CertificateException {
        Collection<X509CertificateHolder> found = store.getMatches((org.bouncycastle.util.Selector<X509CertificateHolder>) selector);
        if (found.isEmpty()) throw new CertificateException("the signer's certificate is not in the signature");
        return new JcaX509CertificateConverter().getCertificate(found.iterator().next());
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) throws CertificateException {
        List<X509Certificate> all = new ArrayList<>();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            all.add(new JcaX509CertificateConverter().getCertificate(holder));
        }
        return all;
    }
}
