package vn.giaymoi.sign.key;

import vn.giaymoi.domain.rules.Language;

/** Không lấy được khóa ký (the key could not be opened): a wrong password, a missing file or token, no key in it. */
public final class KeyUnavailable extends RuntimeException {
    private final String english;

    public KeyUnavailable(String vietnamese, String english) {
        super(vietnamese);
        this.english = english;
    }

    public String message(Language language) {
        return language == Language.EN ? english : getMessage();
    }
}
