package vn.giaymoi.sign.key;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Khóa ký (a signing key): the private key, its certificate chain (the signer's certificate first) and, for a key
 * that lives on a token, the provider that can use it (the key never leaves the token).
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Optional<Provider> provider) {
    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) throw new IllegalArgumentException("a signing key needs its certificate");
        Objects.requireNonNull(provider, "provider");
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The JCA signature algorithm for this key, SHA-256 based. */
    public String signatureAlgorithm() {
        return switch (certificate().getPublicKey().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new KeyUnavailable("khóa " + certificate().getPublicKey().getAlgorithm()
                    + " không dùng được: cần RSA hoặc ECDSA", "a " + certificate().getPublicKey().getAlgorithm()
                    + " key cannot sign here: RSA or ECDSA is needed");
        };
    }
}
