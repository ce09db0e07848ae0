package vn.giaymoi.domain.sending;

import java.util.Objects;
import vn.giaymoi.domain.text.Texts;

/** Trả lời giấy mời (a recipient's answer): attending, not attending with a reason, or sending a stand-in. */
public sealed interface Reply {
    /** The answer's name in the API: {@code attending}, {@code declined}, {@code delegated}. */
    String wire();

    /** Tham dự. */
    record Attending() implements Reply {
        @Override
        public String wire() {
            return "attending";
        }
    }

    /** Không tham dự, with the reason (required: the host needs it to decide whether to reschedule). */
    record Declined(String reason) implements Reply {
        public Declined {
            reason = Texts.required(reason, "Lý do không tham dự");
        }

        @Override
        public String wire() {
            return "declined";
        }
    }

    /** Cử người dự thay: the stand-in gets their own copy and reply link when an email is given. */
    record Delegated(StandIn standIn) implements Reply {
        public Delegated {
            Objects.requireNonNull(standIn, "standIn");
        }

        @Override
        public String wire() {
            return "delegated";
        }
    }

    /**
     * Người dự thay (the person sent instead).
     *
     * @param name full name (required)
     * @param title title, or {@code null}
     * @param phone telephone, or {@code null}
     * @param email where their own copy goes, or {@code null}
     */
    record StandIn(String name, String title, String phone, String email) {
        public StandIn {
            name = Texts.required(name, "Họ tên người dự thay");
            title = Texts.optional(title);
            phone = Texts.optional(phone);
            email = Texts.optional(email);
        }

        /** The stand-in as a recipient of the meeting, unit of the one who sent them. */
        public Recipient asRecipient(String unit) {
            return new Recipient(name, title, unit, email, phone, Recipient.Origin.STAND_IN);
        }
    }
}
