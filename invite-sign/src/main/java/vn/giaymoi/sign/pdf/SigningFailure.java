package vn.giaymoi.sign.pdf;

import vn.giaymoi.domain.rules.Language;

/** Không ký được (signing failed for a reason the user can act on): no signature block, a TSA that does not answer. */
public final class SigningFailure extends RuntimeException {
    private final String english;

    public SigningFailure(String vietnamese, String english) {
        super(vietnamese);
        this.english = english;
    }

    public SigningFailure(String vietnamese, String english, Throwable cause) {
        super(vietnamese, cause);
        this.english = english;
    }

    public String message(Language language) {
        return language == Language.EN ? english : getMessage();
    }
}
