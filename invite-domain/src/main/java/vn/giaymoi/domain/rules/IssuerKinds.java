package vn.giaymoi.domain.rules;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.giaymoi.domain.invitation.Issuer;

/**
 * Loại cơ quan ban hành (what kind of body issues a document), read from the printed name: a state administrative
 * body (Chính phủ, bộ, UBND, sở, cục …) works under the meeting regime of QĐ 45/2018/QĐ-TTg; a Party body, a
 * school, an elected council or a mass organisation does not.
 */
final class IssuerKinds {
    private IssuerKinds() {}

    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|CHÍNH PHỦ|BỘ |SỞ |VĂN PHÒNG (ỦY|UỶ) BAN|VĂN PHÒNG UBND|VĂN PHÒNG CHÍNH PHỦ"
                    + "|TỔNG CỤC |CỤC |CHI CỤC |PHÒNG |THANH TRA )");
    private static final Pattern NOT_ADMINISTRATIVE = Pattern.compile(
            "ĐẢNG|TỈNH (ỦY|UỶ)|THÀNH (ỦY|UỶ)|HUYỆN (ỦY|UỶ)|ĐẢNG (ỦY|UỶ)|CHI BỘ|TRƯỜNG |HỌC VIỆN|ĐẠI HỌC|HỘI ĐỒNG NHÂN DÂN"
                    + "|MẶT TRẬN|ĐOÀN THANH NIÊN|CÔNG ĐOÀN|HỘI ");

    /** True when the issuing body (not its parent) is a state administrative body. */
    static boolean administrative(Issuer issuer) {
        String name = issuer.fullName().toUpperCase(Locale.ROOT);
        return ADMINISTRATIVE.matcher(name).find() && !NOT_ADMINISTRATIVE.matcher(name).find();
    }
}
