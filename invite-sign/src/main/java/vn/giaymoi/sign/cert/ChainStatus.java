package vn.giaymoi.sign.cert;

import java.security.cert.X509Certificate;
import java.util.List;

/** Tình trạng chuỗi chứng thư (chain status): whether a certificate chains to a trusted root. */
public sealed interface ChainStatus {

    /** Tin cậy: {@code path} runs from the certificate up to and including the trusted {@code root}. */
    record Trusted(List<X509Certificate> path, X509Certificate root) implements ChainStatus {
        public Trusted {
            path = List.copyOf(path);
        }
    }

    /** Không tin cậy, with the reason in both languages. */
    record Untrusted(String vietnamese, String english) implements ChainStatus {}
}
