package vn.giaymoi.domain.rules;

import java.util.Objects;
import java.util.Optional;

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
 */
public record Finding(String ruleId, Severity severity, String path, String messageVi, String messageEn,
        String expected, String actual, String basis, Fix fix) {
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
