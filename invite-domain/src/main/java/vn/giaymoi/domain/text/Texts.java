package vn.giaymoi.domain.text;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.text.Normalizer;

/** Văn bản (text helpers): NFC normalisation and blank checks shared by every value of the domain. */
public final class Texts {
    private Texts() {}

    /** Returns the NFC form of {@code s}, or {@code null} for {@code null}. ND30 PL I §I.4: Unicode, compared as NFC. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NFC-normalises and strips; {@code null} and blank become {@code null}. */
    public static String optional(String s) {
        if (s == null) return null;
        String t = nfc(s).strip();
        return t.isEmpty() ? null : t;
    }

    /** NFC-normalises and strips; rejects {@code null} or blank with a message naming {@code what}. */
    public static String required(String s, String what) {
        String t = optional(s);
        if (t == null) throw InvalidValueException.of(ErrorCode.BLANK, s, what);
        return t;
    }

    /** {@code s} as an optional web address: {@code null} when blank, rejected unless it starts http:// or https://. */
    public static String webLink(String s, String what) {
        String t = optional(s);
        if (t != null && !t.matches("(?i)https?://\\S+")) {
            throw InvalidValueException.of(ErrorCode.WEB_LINK, t, what, t);
        }
        return t;
    }

    /** NFC-normalises and strips; rejects {@code null} or blank with {@code code}. */
    public static String required(String s, ErrorCode code) {
        String t = optional(s);
        if (t == null) throw InvalidValueException.of(code, s);
        return t;
    }

    /** {@code s} as an optional web address: {@code null} when blank, rejected with {@code code} unless it starts http:// or https://. */
    public static String webLink(String s, ErrorCode code) {
        String t = optional(s);
        if (t != null && !t.matches("(?i)https?://\\S+")) throw InvalidValueException.of(code, t, t);
        return t;
    }

    /** True when {@code s} is null or blank. */
    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
