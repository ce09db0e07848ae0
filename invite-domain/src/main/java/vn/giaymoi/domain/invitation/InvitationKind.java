package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.text.Coded;

/** Loại văn bản (kind of document) that invites to a meeting. */
public enum InvitationKind implements Coded {
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
    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static InvitationKind fromCode(String code) {
        return Coded.byCode(InvitationKind.class, code, "loại văn bản");
    }
}
