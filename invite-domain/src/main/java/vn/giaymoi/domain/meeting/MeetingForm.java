package vn.giaymoi.domain.meeting;

import java.util.Arrays;
import java.util.Locale;

/** Hình thức tổ chức (form of the meeting): in person, online, or both. */
public enum MeetingForm {
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

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static MeetingForm fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "hình thức '" + code + "' không có; dùng một trong: truc-tiep, truc-tuyen, ket-hop"));
    }
}
