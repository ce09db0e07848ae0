package vn.giaymoi.format.dto;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PrintedText}; the first refused character is named by {@link #firstRefused}. */
public final class PrintedTextValidator implements ConstraintValidator<PrintedText, String> {
    private boolean lineBreaks;

    @Override
    public void initialize(PrintedText annotation) {
        lineBreaks = annotation.lineBreaks();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || firstRefused(value, lineBreaks) < 0;
    }

    /** The index of the first character the policy refuses, or -1. One pass, linear in the length. */
    public static int firstRefused(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    if ((cp & 0xFFFE) == 0xFFFE) return i; // U+1FFFE, U+1FFFF, …: noncharacters
                    i++;
                    continue;
                }
                return i;
            }
            if (!allowed(c, lineBreaks)) return i;
        }
        return -1;
    }

    private static boolean allowed(char c, boolean lineBreaks) {
        if (c == '\n' || c == '\t') return lineBreaks;
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) return false; // C0 (CR included), DEL, C1
        if (Character.isLowSurrogate(c)) return false; // a low surrogate without its high half
        if (c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF) return false; // noncharacters
        return !(c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069); // bidi embeddings, overrides, isolates
    }
}
