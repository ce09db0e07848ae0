package vn.giaymoi.domain.meeting;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giaymoi.domain.recipient.Contact;
import vn.giaymoi.domain.text.Quantity;
import vn.giaymoi.domain.text.Texts;

/**
 * Thành phần được mời (invitee): a named person with a title, or the representative of one or more units.
 *
 * @param name the person's full name, when a person is named
 * @param title the person's title: {@code Phó Chủ tịch UBND tỉnh}
 * @param units units invited (or the person's units), as written: {@code Sở Nội vụ}
 * @param representative true when a unit is asked to send a representative ({@code Đại diện lãnh đạo …})
 * @param chair true when this invitee chairs the meeting (chủ trì)
 * @param separateInvitation true for {@code có giấy mời riêng}
 * @param note a note such as {@code mời chủ trì} or {@code do UBND các huyện mời}
 * @param quota how many each unit sends ({@code mỗi đơn vị cử 02 người}), or {@code null}
 * @param contacts where the person or each unit receives mail and calls (never printed); a contact without a name
 *     is the person's, or the only unit's
 */
public record Invitee(String name, String title, List<String> units, boolean representative, boolean chair,
        boolean separateInvitation, String note, Quantity quota, List<Contact> contacts) implements Fact {
    public Invitee {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        name = Texts.optional(name);
        title = Texts.optional(title);
        units = units == null ? List.of() : units.stream().map(u -> Texts.required(u, ErrorCode.INVITEE_UNIT_BLANK)).toList();
        note = Texts.optional(note);
        if (name == null && title == null && units.isEmpty()) {
            throw InvalidValueException.of(ErrorCode.INVITEE_EMPTY, null);
        }
        if (quota != null && quota.count() < 1) {
            throw InvalidValueException.of(ErrorCode.INVITEE_QUOTA, quota.count(), quota.count());
        }
        for (Contact c : contacts) {
            if (c.name() == null ? name == null && units.size() > 1 : !c.belongsTo(name) && units.stream().noneMatch(c::belongsTo)) {
                throw new IllegalArgumentException(c.name() == null
                        ? "địa chỉ liên hệ không ghi name: chỉ được bỏ trống khi thành phần mời là một người hoặc một đơn vị"
                        : "địa chỉ liên hệ của '" + c.name() + "' không khớp người hay đơn vị nào của thành phần mời này");
            }
        }
    }

    public Invitee(String name, String title, List<String> units, boolean representative, boolean chair,
            boolean separateInvitation, String note, Quantity quota) {
        this(name, title, units, representative, chair, separateInvitation, note, quota, List.of());
    }

    public Invitee(String name, String title, List<String> units, boolean representative, boolean chair,
            boolean separateInvitation, String note) {
        this(name, title, units, representative, chair, separateInvitation, note, null);
    }

    public static Invitee person(String name, String title) {
        return new Invitee(name, title, List.of(), false, false, false, null);
    }

    public static Invitee unit(String... units) {
        return new Invitee(null, null, List.of(units), true, false, false, null);
    }

    public Invitee asChair() {
        return new Invitee(name, title, units, representative, true, separateInvitation, note, quota, contacts);
    }

    /** True when a person is named. */
    public boolean isNamedPerson() {
        return name != null;
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (name != null) m.put("name", name);
        if (title != null) m.put("title", title);
        if (!units.isEmpty()) m.put("units", units);
        if (note != null) m.put("note", note);
        if (quota != null) m.put("quota", quota);
        return m;
    }

    @Override
    public Set<String> placeholderNames() {
        return Set.of("name", "title", "units", "note", "quota");
    }

    @Override
    public String defaultWording() {
        StringBuilder w = new StringBuilder();
        if (name != null) {
            w.append("Đồng chí {name}");
            if (title != null) w.append(", {title}");
        } else if (title != null) {
            w.append("{title}");
            if (!units.isEmpty()) w.append(" {units}");
        } else {
            w.append(representative ? "Đại diện lãnh đạo {units}" : "{units}");
        }
        if (quota != null) w.append(" (mỗi đơn vị cử {quota})");
        if (note != null) w.append(" ({note})");
        else if (chair) w.append(" (chủ trì)");
        else if (separateInvitation) w.append(" (có giấy mời riêng)");
        return w.append(";").toString();
    }
}
