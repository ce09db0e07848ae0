package vn.giaymoi.domain.recipient;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.giaymoi.domain.text.Texts;

/**
 * Địa chỉ liên hệ (contact): where a recipient of the invitation — a named invitee, an invited unit, a Nơi nhận
 * entry — receives mail and calls. Never printed on the document; used to send each recipient their copy.
 *
 * @param name whom the contact belongs to, as the invitation writes it ({@code Sở Tài chính}); {@code null} inside an
 *     invitee that names one person or one unit (the contact is theirs)
 * @param email the address mail goes to, or {@code null}
 * @param phone the telephone number, or {@code null}
 */
public record Contact(String name, String email, String phone) {
    /** One address, nothing that could end a mail header (CR, LF, comma, angle brackets, spaces). */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@,;<>\"()\\[\\]\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
            + "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$");
    /** Digits, with the spaces, dots, dashes, parentheses and leading + offices write: {@code (0239) 3855 xxx}. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()\\-]{6,24}$");

    public Contact {
        name = Texts.optional(name);
        email = Texts.optional(email);
        phone = Texts.optional(phone);
        if (email == null && phone == null) {
            throw new IllegalArgumentException("địa chỉ liên hệ cần ít nhất email hoặc phone");
        }
        if (email != null) {
            if (!EMAIL.matcher(email).matches()) {
                throw new IllegalArgumentException("email '" + email + "' không phải một địa chỉ thư điện tử"
                        + " (dạng ten@co-quan.gov.vn)");
            }
            email = email.toLowerCase(Locale.ROOT);
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone '" + phone + "' không phải một số điện thoại (chữ số, có thể có"
                    + " dấu cách, dấu chấm, dấu gạch, dấu ngoặc và dấu + ở đầu)");
        }
    }

    /** True when mail can reach the recipient. */
    public boolean hasEmail() {
        return email != null;
    }

    /** True when the contact belongs to {@code written} (case and spacing as Vietnamese text compares). */
    public boolean belongsTo(String written) {
        return name != null && written != null && key(name).equals(key(written));
    }

    /** A Nơi nhận entry or a unit as compared: NFC, lower case, single spaces, no closing {@code ;} or {@code .}. */
    public static String key(String written) {
        return Texts.nfc(written).strip().replaceAll("[;.,]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
