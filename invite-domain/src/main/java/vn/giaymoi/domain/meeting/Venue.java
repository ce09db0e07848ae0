package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.giaymoi.domain.text.Texts;

/**
 * Địa điểm / điểm cầu (venue or bridge point of an online meeting), with the level it serves when the meeting
 * runs across levels (trung ương, tỉnh, huyện, xã).
 *
 * @param name the place as written: {@code Phòng họp tầng 4, trụ sở UBND tỉnh}
 * @param level the level of the bridge point, or {@code null} for a single venue
 * @param link the online meeting's address ({@code https://…}), when it is joined online
 */
public record Venue(String name, AdministrativeLevel level, String link) implements Fact {
    public Venue {
        name = Texts.required(name, ErrorCode.VENUE_NAME_BLANK);
        link = Texts.webLink(link, ErrorCode.VENUE_LINK);
    }

    public Venue(String name, AdministrativeLevel level) {
        this(name, level, null);
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        if (level != null) m.put("level", level.label());
        if (link != null) m.put("link", link);
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("name", "level", "link");
    }

    @Override
    public String defaultWording() {
        String where = level == null ? "Địa điểm: {name}" : "Điểm cầu cấp {level}: {name}";
        return where + (link == null ? "." : " (đường dẫn: {link}).");
    }
}
