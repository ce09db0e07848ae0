package vn.giaymoi.domain.sending;

import java.util.Locale;
import java.util.Objects;
import vn.giaymoi.domain.recipient.Contact;
import vn.giaymoi.domain.text.Texts;

/**
 * Người nhận (a recipient of the sent invitation): one person or body that gets its own copy and reply link.
 *
 * @param name how the invitation names them: {@code Dương Tất Thắng} or {@code Sở Tài chính}
 * @param title the person's title, or {@code null}
 * @param unit the unit they answer for ({@code Sở Tài chính}), or {@code null} for a person named on their own
 * @param email where the copy goes, or {@code null} (then the clerk calls {@code phone})
 * @param phone the telephone number, or {@code null}
 * @param origin where the invitation names them
 */
public record Recipient(String name, String title, String unit, String email, String phone, Origin origin) {
    /** Where the recipient comes from. */
    public enum Origin {
        /** Thành phần mời (an invitee or an invited unit). */
        INVITEE,
        /** Nơi nhận (a distribution entry). */
        DISTRIBUTION,
        /** Người dự thay (a stand-in named in a reply). */
        STAND_IN
    }

    public Recipient {
        name = Texts.required(name, "Tên người nhận");
        title = Texts.optional(title);
        unit = Texts.optional(unit);
        email = email == null || email.isBlank() ? null : new Contact(name, email, null).email();
        phone = Texts.optional(phone);
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * What identifies the recipient across the follow-ups of one meeting: the address when there is one, else the
     * name, so a postponement reaches the same people and a removed one is noticed.
     */
    public String key() {
        return email != null ? email : "name:" + Contact.key(name).toLowerCase(Locale.ROOT);
    }

    /** True when a copy can be mailed. */
    public boolean reachable() {
        return email != null;
    }

    /** {@code Dương Tất Thắng, Phó Chủ tịch UBND tỉnh} or {@code Sở Tài chính}. */
    public String display() {
        return title == null ? name : name + ", " + title;
    }
}
