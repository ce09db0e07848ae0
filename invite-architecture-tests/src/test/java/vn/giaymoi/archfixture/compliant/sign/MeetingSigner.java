package vn.giaymoi.archfixture.compliant.sign;

import vn.giaymoi.archfixture.compliant.domain.Meeting;

/** The signing module may use PDFBox, Bouncy Castle and key stores (PKCS#12, PKCS#11). */
public final class MeetingSigner {
    private org.apache.pdfbox.pdmodel.PDDocument document;
    private org.bouncycastle.cms.CMSSignedData signature;
    private java.security.KeyStore keys;
    private java.security.Provider token;
    private Meeting meeting;
}
