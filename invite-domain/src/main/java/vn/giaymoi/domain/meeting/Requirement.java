package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.giaymoi.domain.text.Coded;
import vn.giaymoi.domain.text.Texts;

/**
 * Yêu cầu đối với đại biểu (a requirement on attendees): what to wear, what to read or bring, which app or link to
 * use. Shown in the calendar entry so attendees see it next to the time.
 *
 * @param kind what kind of requirement
 * @param detail the requirement as written: {@code Trang phục: áo dài truyền thống}
 * @param link the app's or document's address, when given
 */
public record Requirement(Kind kind, String detail, String link) implements Fact {
    public Requirement {
        InvalidValueException.required(kind, ErrorCode.REQUIREMENT_KIND_MISSING);
        detail = Texts.required(detail, ErrorCode.REQUIREMENT_DETAIL_BLANK);
        link = Texts.webLink(link, ErrorCode.REQUIREMENT_LINK);
    }

    /** Loại yêu cầu. */
    public enum Kind implements Coded {
        /** Trang phục (dress code). */
        DRESS("trang-phuc", "Trang phục"),
        /** Tài liệu (documents to read or bring). */
        DOCUMENTS("tai-lieu", "Tài liệu"),
        /** Ứng dụng, đường dẫn (an app such as eCabinet, or a link). */
        APP("ung-dung", "Ứng dụng"),
        /** Đến sớm (arrive early, stated apart from the session). */
        ARRIVE_EARLY("den-som", "Thời gian có mặt"),
        /** Khác (any other requirement). */
        OTHER("khac", "Lưu ý");

        private final String code;
        private final String label;

        Kind(String code, String label) {
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

        public static Kind fromCode(String code) {
            return Coded.byCode(Kind.class, code, "loại yêu cầu (requirement.kind)");
        }
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detail", detail);
        if (link != null) m.put("link", link);
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("detail", "link");
    }

    @Override
    public String defaultWording() {
        return "{detail}" + (link == null ? "" : " ({link})") + ".";
    }
}
