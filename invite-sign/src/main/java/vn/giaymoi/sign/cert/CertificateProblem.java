package vn.giaymoi.sign.cert;

import java.util.Objects;
import vn.giaymoi.domain.rules.Language;

/**
 * Lý do từ chối chứng thư số (why a certificate may not sign, or why a signature is not trusted): a stable id and the
 * reason in Vietnamese and English, citing the rule it breaks.
 */
public record CertificateProblem(String id, String vietnamese, String english) {
    public CertificateProblem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
    }

    public String message(Language language) {
        return language == Language.EN ? english : vietnamese;
    }
}
