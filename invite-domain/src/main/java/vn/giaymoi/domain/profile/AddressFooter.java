package vn.giaymoi.domain.profile;

import java.util.ArrayList;
import java.util.List;
import vn.giaymoi.domain.text.Texts;

/**
 * Địa chỉ cuối trang 1 (ô 13): the address, telephone, e-mail and website printed at the foot of page 1 under a
 * rule (NĐ 30/2020/NĐ-CP, Phụ lục I, mục III.4). Each part is optional; the whole is optional ("nếu cần").
 *
 * @param address the street address
 * @param phone telephone (and fax) numbers as written
 * @param email e-mail address
 * @param website website address
 */
public record AddressFooter(String address, String phone, String email, String website) {
    public AddressFooter {
        address = Texts.optional(address);
        phone = Texts.optional(phone);
        email = Texts.optional(email);
        website = Texts.optional(website);
    }

    /** No ô 13. */
    public static AddressFooter none() {
        return new AddressFooter(null, null, null, null);
    }

    /**
     * The lines of ô 13 as an invitation's {@code footer} holds them: {@code Địa chỉ: …}, then
     * {@code Điện thoại: …; Email: …; Website: …} on one line.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (address != null) out.add("Địa chỉ: " + address);
        List<String> contact = new ArrayList<>();
        if (phone != null) contact.add("Điện thoại: " + phone);
        if (email != null) contact.add("Email: " + email);
        if (website != null) contact.add("Website: " + website);
        if (!contact.isEmpty()) out.add(String.join("; ", contact));
        return List.copyOf(out);
    }
}
