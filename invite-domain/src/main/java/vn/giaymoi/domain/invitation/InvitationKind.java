package vn.giaymoi.domain.invitation;

import java.util.Optional;
import vn.giaymoi.domain.text.Coded;

/** Loại văn bản (kind of document) that invites to or convenes a meeting. */
public enum InvitationKind implements Coded {
    /** Giấy mời, ND30 PL III Mẫu 1.7: type name {@code GIẤY MỜI}, ký hiệu {@code GM-…}. */
    GIAY_MOI("giay-moi", "Giấy mời", "GIẤY MỜI", "GM", "Mẫu 1.7"),
    /** Công văn thay giấy mời, ND30 PL III Mẫu 1.5: {@code V/v …} under the number, {@code Kính gửi}. */
    CONG_VAN("cong-van", "Công văn", null, null, "Mẫu 1.5"),
    /**
     * Thông báo (thông báo triệu tập, thông báo hoãn hoặc thay đổi cuộc họp), a văn bản có tên loại, ND30 PL III
     * Mẫu 1.4: type name {@code THÔNG BÁO} and the trích yếu under it, ký hiệu {@code TB-…}.
     */
    THONG_BAO("thong-bao", "Thông báo", "THÔNG BÁO", "TB", "Mẫu 1.4"),
    /**
     * Công điện, ND30 PL III Mẫu 1.6: type name {@code CÔNG ĐIỆN}, trích yếu under it, then the sender's
     * {@code … điện:} and the bodies it is sent to; ký hiệu {@code CĐ-…}.
     */
    CONG_DIEN("cong-dien", "Công điện", "CÔNG ĐIỆN", "CĐ", "Mẫu 1.6");

    private final String code;
    private final String label;
    private final String typeName;
    private final String abbreviation;
    private final String template;

    InvitationKind(String code, String label, String typeName, String abbreviation, String template) {
        this.code = code;
        this.label = label;
        this.typeName = typeName;
        this.abbreviation = abbreviation;
        this.template = template;
    }

    /** {@code giay-moi}, {@code cong-van}, {@code thong-bao} or {@code cong-dien}, as in input files. */
    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The type name printed above the trích yếu ({@code GIẤY MỜI}); empty for a công văn, which has none. */
    public Optional<String> typeName() {
        return Optional.ofNullable(typeName);
    }

    /** The type's abbreviation in the ký hiệu (ND30 Phụ lục III, Part I): {@code GM}; empty for a công văn. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /** The decree's sample form: {@code Mẫu 1.7}. */
    public String template() {
        return template;
    }

    public static InvitationKind fromCode(String code) {
        return Coded.byCode(InvitationKind.class, code, "loại văn bản");
    }
}
