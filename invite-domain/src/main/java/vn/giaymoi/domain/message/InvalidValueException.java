package vn.giaymoi.domain.message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Giá trị không hợp lệ (invalid value): the one exception a domain constructor throws for a value it cannot hold.
 * It carries a stable {@link ErrorCode}, the field, the rejected value and the values its message needs; the message
 * itself is looked up by code in {@link Messages}, in the reader's language. {@link #getMessage()} is Vietnamese.
 *
 * <p>It is an {@link IllegalArgumentException}, so callers that caught that keep working.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Object rejectedValue;
    private final List<String> args;

    private InvalidValueException(ErrorCode code, Object rejectedValue, List<String> args, Throwable cause) {
        super(Messages.text(Messages.VI, code.key(), args), cause);
        this.code = code;
        this.rejectedValue = rejectedValue;
        this.args = args;
    }

    /**
     * A rejection of {@code rejectedValue} for {@code code}; {@code args} fill the message's {@code {0}}, {@code {1}}, …
     */
    public static InvalidValueException of(ErrorCode code, Object rejectedValue, Object... args) {
        Objects.requireNonNull(code, "code");
        return new InvalidValueException(code, rejectedValue, MessageRef.of(code.key(), args).args(), null);
    }

    /** The same, keeping the lower-level {@code cause}. */
    public static InvalidValueException because(Throwable cause, ErrorCode code, Object rejectedValue, Object... args) {
        return new InvalidValueException(code, rejectedValue, MessageRef.of(code.key(), args).args(), cause);
    }

    /** Throws for a {@code null} {@code value}, else returns it. */
    public static <T> T required(T value, ErrorCode code) {
        if (value == null) throw of(code, null);
        return value;
    }

    /** The stable code, e.g. {@link ErrorCode#NUMBER_SEQUENCE}. */
    public ErrorCode code() {
        return code;
    }

    /** The field of the domain the value was meant for, e.g. {@code number.sequence}. */
    public String field() {
        return code.field();
    }

    /** The value that was refused, or {@code null} when none was given. */
    public Object rejectedValue() {
        return rejectedValue;
    }

    /** The message with its values, to show later in any language. */
    public MessageRef messageRef() {
        return new MessageRef(code.key(), args);
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return Messages.text(locale, code.key(), args);
    }
}
