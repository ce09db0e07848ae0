package vn.giaymoi.domain.rules;

import java.util.List;
import java.util.Locale;
import vn.giaymoi.domain.invitation.Invitation;
import vn.giaymoi.domain.invitation.InvitationKind;

/**
 * Quy tắc chế độ họp (the meeting regime of state administrative bodies, QĐ 45/2018/QĐ-TTg): advice beyond the
 * decree on documents, given as hints (gợi ý) and only to the bodies that regime binds.
 */
final class MeetingRegimeRules {
    private MeetingRegimeRules() {}

    static final String QD45 = "QĐ 45/2018/QĐ-TTg (chế độ họp trong cơ quan hành chính nhà nước)";

    static List<Rule> all() {
        return List.of(new ChairNamed());
    }

    /**
     * QD45-CHAIR: a state administrative body's giấy mời says who chairs the meeting ({@code Chủ trì: …},
     * {@code (chủ trì)} after an invitee, {@code … chủ trì Hội nghị}). Mẫu 1.7 of NĐ 30/2020 has no chair line, so
     * this is a hint; it is silent for Party bodies, schools and councils, which QĐ 45/2018 does not bind. Task
     * wording such as {@code Sở Nội vụ chủ trì, phối hợp …} does not name a chair.
     */
    static final class ChairNamed extends AbstractRule {
        ChairNamed() {
            super("QD45-CHAIR", "Giấy mời của cơ quan hành chính nêu người chủ trì cuộc họp", QD45);
        }

        @Override
        public List<Finding> check(InvitationView view, CheckContext ctx) {
            Invitation inv = view.invitation();
            if (inv.kind() != InvitationKind.GIAY_MOI || !IssuerKinds.administrative(inv.issuer())) return List.of();
            if (view.meeting().chair().isPresent() || saysChair(view)) return List.of();
            return List.of(hint("body", text(1), "Chủ trì: …", "", null));
        }

        private static boolean saysChair(InvitationView view) {
            Invitation inv = view.invitation();
            if (inv.subject().plain().toLowerCase(Locale.ROOT).contains("chủ trì")) return true;
            return ContentRules.says(view, "chủ trì", true);
        }
    }
}
