package vn.giaymoi.format.dto;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chữ in được (printable text): the character policy of a printed field, so that whatever the reader accepts
 * renders in every format (text, HTML, PDF, DOCX, iCalendar). Refused: C0 and C1 control characters (a tab and a
 * line break only where {@link #lineBreaks()} allows them; a carriage return never), Unicode noncharacters, lone
 * surrogates, and the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which
 * can make a printed line read differently from what was checked. The text is NFC already (the reader normalises it).
 */
@Documented
@Constraint(validatedBy = PrintedTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PrintedText {
    /** Whether the field keeps line breaks and tabs (a two-line body name, a paragraph). */
    boolean lineBreaks() default false;

    String message() default "ký tự không in được";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
