package vn.giaymoi.domain.profile;

import vn.giaymoi.domain.text.Texts;

/**
 * Đơn vị trong danh bạ (a unit of the directory): a body or office the organisation writes to or invites, as used
 * in Kính gửi, Thành phần and Nơi nhận, with whom to contact there.
 *
 * @param name the full name ({@code Sở Nội vụ})
 * @param shortName the short name or abbreviation ({@code SNV}), when any; a drafting unit's is used in ký hiệu
 *     and in {@code Lưu: VT, …}
 * @param email contact e-mail
 * @param phone contact telephone
 */
public record Unit(String name, String shortName, String email, String phone) {
    public Unit {
        name = Texts.required(name, "Tên đơn vị");
        shortName = Texts.optional(shortName);
        email = Texts.optional(email);
        phone = Texts.optional(phone);
    }
}
