package vn.giaymoi.domain.profile;

import java.time.LocalDate;
import java.util.List;
import vn.giaymoi.domain.invitation.DocumentFormat;
import vn.giaymoi.domain.invitation.Issuer;
import vn.giaymoi.domain.meeting.AdministrativeLevel;

/** Hồ sơ cơ quan mẫu (profile fixtures): the samples' issuer, a Party body, a commune renamed on 2025-07-01. */
public final class Profiles {
    private Profiles() {}

    public static IssuerIdentity haTinh(LocalDate from, LocalDate until) {
        return new IssuerIdentity(new Issuer(null, "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "UBND", AdministrativeLevel.PROVINCE,
                "Hà Tĩnh"), "Hà Tĩnh", DocumentFormat.STATE, from, until);
    }

    public static RosterSigner signer(String name, String title, String... lines) {
        return new RosterSigner(name, title, List.of(SigningForm.of(List.of(lines))));
    }

    /** UBND tỉnh Hà Tĩnh, as in the seeds: the office signs by order of the chair. */
    public static OrganisationProfile haTinh() {
        return new OrganisationProfile(List.of(haTinh(LocalDate.of(2008, 1, 1), null)),
                new AddressFooter("Số 01 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh", "0239.3855.521",
                        "vpubnd@hatinh.gov.vn", "hatinh.gov.vn"),
                List.of(new Unit("Văn phòng UBND tỉnh", "VP", "vpubnd@hatinh.gov.vn", null),
                        new Unit("Sở Nội vụ", "SNV", null, null)),
                List.of(new RosterSigner("Trần Công Thành", "Phó Chánh Văn phòng",
                                List.of(SigningForm.of(List.of("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG")))),
                        signer("Nguyễn Huy Hùng", "CHÁNH VĂN PHÒNG", "TL. CHỦ TỊCH")),
                List.of("Như thành phần mời;", "Chủ tịch, các PCT UBND tỉnh;"), "TH", new ProfileSettings(true, true));
    }

    /** Ban Tuyên giáo Tỉnh ủy Quảng Ngãi, a Party body (HD 36-HD/VPTW). */
    public static OrganisationProfile party() {
        IssuerIdentity btg = new IssuerIdentity(new Issuer("TỈNH ỦY QUẢNG NGÃI", "BAN TUYÊN GIÁO", "BTGTU",
                AdministrativeLevel.PROVINCE, "Quảng Ngãi"), "Quảng Ngãi", DocumentFormat.PARTY, null, null);
        return new OrganisationProfile(List.of(btg), AddressFooter.none(), List.of(),
                List.of(signer("Nguyễn Văn A", "PHÓ TRƯỞNG BAN", "K/T TRƯỞNG BAN")),
                List.of("Như thành phần mời,", "Lưu Văn phòng Ban."), null, ProfileSettings.usual());
    }

    /** Tỉnh đoàn Quảng Ngãi in the Youth Union's format (HD 29-HD/TWĐTN-VP); drafts written by its Ban Tổ chức - Kiểm tra. */
    public static OrganisationProfile youthUnion() {
        IssuerIdentity td = new IssuerIdentity(new Issuer("BCH ĐOÀN TỈNH QUẢNG NGÃI", "BAN THƯỜNG VỤ", "TĐTN",
                AdministrativeLevel.PROVINCE, "Quảng Ngãi"), "Quảng Ngãi", DocumentFormat.YOUTH_UNION, null, null);
        return new OrganisationProfile(List.of(td), AddressFooter.none(), List.of(),
                List.of(signer("Nguyễn Văn B", "BÍ THƯ", "TM. BAN THƯỜNG VỤ")),
                List.of("Các cơ sở Đoàn trực thuộc;"), "TCKT", ProfileSettings.usual());
    }
}
