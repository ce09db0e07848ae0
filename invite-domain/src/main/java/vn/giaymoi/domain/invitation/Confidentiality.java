package vn.giaymoi.domain.invitation;

import vn.giaymoi.domain.text.Coded;

/** Độ mật (confidentiality mark, ô 10a), ND30 PL I §III.2.a. */
public enum Confidentiality implements Coded {
    /** MẬT. */
    MAT("mat", "MẬT"),
    /** TỐI MẬT. */
    TOI_MAT("toi-mat", "TỐI MẬT"),
    /** TUYỆT MẬT. */
    TUYET_MAT("tuyet-mat", "TUYỆT MẬT");

    private final String code;
    private final String label;

    Confidentiality(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** As printed: {@code TỐI MẬT}. */
    @Override
    public String label() {
        return label;
    }

    public static Confidentiality fromCode(String code) {
        return Coded.byCode(Confidentiality.class, code, "độ mật");
    }
}
