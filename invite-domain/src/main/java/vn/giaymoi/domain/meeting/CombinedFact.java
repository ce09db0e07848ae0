package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nhiều dữ kiện trong một mục (several facts in one point), as real documents write them: time and place in one
 * sentence, or invitees and their task in one {@code Thành phần} point. The wording may use the placeholders of
 * every part; two parts may not offer the same placeholder name, since the wording could not say which it means.
 *
 * @param parts the facts, at least two, in the order written
 */
public record CombinedFact(List<Fact> parts) implements Fact {
    public CombinedFact {
        parts = List.copyOf(parts);
        if (parts.size() < 2) throw InvalidValueException.of(ErrorCode.COMBINED_TOO_FEW, parts);
        Set<String> seen = new HashSet<>();
        for (Fact f : parts) {
            if (f instanceof CombinedFact) throw InvalidValueException.of(ErrorCode.COMBINED_NESTED, f);
            for (String name : f.placeholderNames()) {
                if (!seen.add(name)) {
                    throw InvalidValueException.of(ErrorCode.COMBINED_PLACEHOLDER_TWICE, name, name);
                }
            }
        }
    }

    /** The part of {@code type}, if any. */
    public <T extends Fact> java.util.Optional<T> part(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        parts.forEach(p -> m.putAll(p.placeholders()));
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        Set<String> names = new HashSet<>();
        parts.forEach(p -> names.addAll(p.placeholderNames()));
        return names;
    }

    /** The parts' own wordings, one after another; {@code null} when one of them cannot word itself. */
    @Override
    public String defaultWording() {
        StringBuilder w = new StringBuilder();
        for (Fact p : parts) {
            if (p.defaultWording() == null) return null;
            w.append(w.length() == 0 ? "" : " ").append(p.defaultWording());
        }
        return w.toString();
    }
}
