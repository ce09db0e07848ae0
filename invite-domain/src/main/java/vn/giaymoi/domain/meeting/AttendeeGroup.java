package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Nhóm thành phần theo cấp (attendee group of one level): the point whose sub-points are the invitees at the
 * bridge point of that level, e.g. {@code a) Tại điểm cầu cấp tỉnh}.
 */
public record AttendeeGroup(AdministrativeLevel level) implements Fact {
    public AttendeeGroup {
        InvalidValueException.required(level, ErrorCode.GROUP_LEVEL_MISSING);
    }

    @Override
    public Map<String, Object> placeholders() {
        return Map.of("level", level.label());
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("level");
    }

    @Override
    public String defaultWording() {
        return "Tại điểm cầu cấp {level}";
    }
}
