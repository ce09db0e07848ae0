package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.text.Coded;

/** Hình thức tổ chức (form of the meeting): in person, online, or both. */
public enum MeetingForm implements Coded {
    /** Trực tiếp. */
    IN_PERSON("truc-tiep", "trực tiếp"),
    /** Trực tuyến. */
    ONLINE("truc-tuyen", "trực tuyến"),
    /** Kết hợp trực tiếp và trực tuyến. */
    HYBRID("ket-hop", "kết hợp trực tiếp và trực tuyến");

    private final String code;
    private final String label;

    MeetingForm(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static MeetingForm fromCode(String code) {
        return Coded.byCode(MeetingForm.class, code, "hình thức");
    }
}
