package vn.giaymoi.domain.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.giaymoi.domain.message.MessageRef;
import vn.giaymoi.domain.message.Messages;

/**
 * Phát hiện (finding): what a rule found, where, what it expected, and the decree section it rests on.
 *
 * @param ruleId stable identifier, e.g. {@code ND30-DATE-PAD}
 * @param severity error, warning or hint
 * @param path field path in the input, e.g. {@code date.day} or {@code body[2].points[0]}
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 * @param expected the expected value, or {@code null}
 * @param actual the actual value, or {@code null}
 * @param basis the section it rests on: {@code NĐ 30/2020 PL I §II.4.b}
 * @param fix a certain correction, or {@code null}
 * @param message the message by key and values, from which the texts come, or {@code null} when the texts were
 *     written in the code
 */
public record Finding(String ruleId, Severity severity, String path, String messageVi, String messageEn,
        String expected, String actual, String basis, Fix fix, MessageRef message) {
    /** A finding whose texts are written in the code. */
    public Finding(String ruleId, Severity severity, String path, String messageVi, String messageEn,
            String expected, String actual, String basis, Fix fix) {
        this(ruleId, severity, path, messageVi, messageEn, expected, actual, basis, fix, null);
    }

    /** A finding whose texts are looked up by {@code message}'s key in {@link Messages}. */
    public Finding(String ruleId, Severity severity, String path, MessageRef message, String expected, String actual,
            String basis, Fix fix) {
        this(ruleId, severity, path, message.in(Messages.VI), message.in(Messages.EN), expected, actual, basis, fix,
                message);
    }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        path = path == null ? "" : path;
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(basis, "basis");
    }

    public String message(Language language) {
        return language == Language.EN ? messageEn : messageVi;
    }

    /** The message in {@code locale}: looked up by key when the finding has one, else Vietnamese or English. */
    public String message(Locale locale) {
        if (message != null) return message.in(locale);
        return locale.getLanguage().equals("en") ? messageEn : messageVi;
    }

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True for a cảnh báo; a gợi ý (hint) is not one. */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** True for a gợi ý: advice that never blocks and is not counted as a warning. */
    public boolean isHint() {
        return severity == Severity.HINT;
    }
}
