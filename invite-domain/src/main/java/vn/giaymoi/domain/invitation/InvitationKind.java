package vn.giaymoi.domain.invitation;

import java.util.Arrays;
import java.util.Locale;

/** Loại văn bản (kind of document) that invites to a meeting. */
public enum InvitationKind {
    /** Giấy mời, ND30 PL III Mẫu 1.7: type name {@code GIẤY MỜI}, ký hiệu {@code GM-…}. */
    GIAY_MOI("giay-moi", "Giấy mời"),
    /** Công văn thay giấy mời, ND30 PL III Mẫu 1.5: {@code V/v …} under the number, {@code Kính gửi}. */
    CONG_VAN("cong-van", "Công văn");

    private final String code;
    private final String label;

    InvitationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** {@code giay-moi} or {@code cong-van}, as in input files and on the command line. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static InvitationKind fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "loại văn bản '" + code + "' không có; dùng giay-moi hoặc cong-van"));
    }
}
