package vn.giaymoi.domain.invitation;

/** Độ mật (confidentiality mark, ô 10a), ND30 PL I §III.2.a. */
public enum Confidentiality {
    /** MẬT. */
    MAT("MẬT"),
    /** TỐI MẬT. */
    TOI_MAT("TỐI MẬT"),
    /** TUYỆT MẬT. */
    TUYET_MAT("TUYỆT MẬT");

    private final String printed;

    Confidentiality(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }
}
