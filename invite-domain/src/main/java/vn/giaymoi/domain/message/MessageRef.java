package vn.giaymoi.domain.message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Thông điệp theo mã (a message by key): the key of a message in {@link Messages} and the values it fills in, so
 * the text is chosen in the reader's language when it is shown, not when it is made.
 *
 * @param key e.g. {@code ND30-DATE-PAD.message} or {@code error.NUMBER_SEQUENCE}
 * @param args the values, already written as text
 */
public record MessageRef(String key, List<String> args) {
    public MessageRef {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : args.stream().map(String::valueOf).toList();
    }

    /** A message with its values; {@code null} values are written {@code null}. */
    public static MessageRef of(String key, Object... args) {
        return new MessageRef(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The text in {@code locale}. */
    public String in(Locale locale) {
        return Messages.text(locale, key, args);
    }
}
