package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.giaymoi.domain.text.Texts;

/**
 * Nội dung cuộc họp (agenda item): one topic of the meeting, optionally with who presents it.
 *
 * @param topic the topic, used when the point has no wording of its own
 * @param presenter who presents it, when stated
 */
public record AgendaItem(String topic, String presenter) implements Fact {
    public AgendaItem {
        topic = Texts.optional(topic);
        presenter = Texts.optional(presenter);
        if (topic == null && presenter == null) {
            throw InvalidValueException.of(ErrorCode.AGENDA_EMPTY, null);
        }
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (topic != null) m.put("topic", topic);
        if (presenter != null) m.put("presenter", presenter);
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("topic", "presenter");
    }

    @Override
    public String defaultWording() {
        if (topic == null) return null;
        return presenter == null ? "{topic}." : "{topic} ({presenter} trình bày).";
    }
}
