package vn.giaymoi.domain.sending;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.Meeting;
import vn.giaymoi.domain.meeting.Invitee;
import vn.giaymoi.domain.recipient.Contact;
import vn.giaymoi.domain.text.RichText;

/**
 * Danh sách người nhận (who gets a copy): every contact the invitation carries — the named invitees, each invited
 * unit, each Nơi nhận entry — once each (the first mention wins when the same address is written twice).
 */
public final class Recipients {
    private Recipients() {}

    /** The recipients of {@code invitation} in the order the document names them. */
    public static List<Recipient> of(Invitation invitation) {
        Map<String, Recipient> byKey = new LinkedHashMap<>();
        for (Meeting.Seat seat : invitation.meeting().invitees()) {
            Invitee invitee = seat.invitee();
            for (Contact c : invitee.contacts()) {
                add(byKey, fromInvitee(invitee, c));
            }
        }
        for (Contact c : invitation.distribution().contacts()) {
            String entry = invitation.distribution().entries().stream().map(RichText::plain).filter(c::belongsTo)
                    .findFirst().orElse(c.name());
            String name = entry.strip().replaceAll("[;.]+$", "");
            add(byKey, new Recipient(name, null, name, c.email(), c.phone(), Recipient.Origin.DISTRIBUTION));
        }
        return List.copyOf(byKey.values());
    }

    /** Those of {@code before} that {@code after} no longer names (they get a cancellation). */
    public static List<Recipient> removed(List<Recipient> before, List<Recipient> after) {
        List<Recipient> out = new ArrayList<>();
        for (Recipient r : before) {
            if (after.stream().noneMatch(a -> a.key().equals(r.key()))) out.add(r);
        }
        return out;
    }

    private static Recipient fromInvitee(Invitee invitee, Contact c) {
        if (c.name() == null) {
            if (invitee.name() != null) {
                String unit = invitee.units().size() == 1 ? invitee.units().get(0) : null;
                return new Recipient(invitee.name(), invitee.title(), unit, c.email(), c.phone(), Recipient.Origin.INVITEE);
            }
            String unit = invitee.units().isEmpty() ? null : invitee.units().get(0);
            return new Recipient(unit != null ? unit : invitee.title(), unit != null ? invitee.title() : null, unit,
                    c.email(), c.phone(), Recipient.Origin.INVITEE);
        }
        if (c.belongsTo(invitee.name())) {
            String unit = invitee.units().size() == 1 ? invitee.units().get(0) : null;
            return new Recipient(invitee.name(), invitee.title(), unit, c.email(), c.phone(), Recipient.Origin.INVITEE);
        }
        String unit = invitee.units().stream().filter(c::belongsTo).findFirst().orElse(c.name());
        return new Recipient(unit, invitee.title(), unit, c.email(), c.phone(), Recipient.Origin.INVITEE);
    }

    private static void add(Map<String, Recipient> byKey, Recipient r) {
        byKey.putIfAbsent(r.key(), r);
    }
}
