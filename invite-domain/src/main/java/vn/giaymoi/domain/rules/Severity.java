package vn.giaymoi.domain.rules;

/** Mức độ (severity) of a finding. */
public enum Severity {
    /** Lỗi: breaks an explicit rule of the decree or makes the meeting impossible; blocks issuing. */
    ERROR,
    /** Cảnh báo: practice or a soft rule; advises, does not block. */
    WARNING,
    /** Gợi ý (hint): advice outside the decree; never blocks and is not counted as a warning. */
    HINT
}
