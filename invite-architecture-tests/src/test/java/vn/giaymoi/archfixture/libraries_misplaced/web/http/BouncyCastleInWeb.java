package vn.giaymoi.archfixture.libraries_misplaced.web.http;

/** Violates the Bouncy Castle confinement (sign only). */
public final class BouncyCastleInWeb {
    private org.bouncycastle.cms.CMSSignedData signature;
}
