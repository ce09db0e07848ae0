package vn.giaymoi.domain.lifecycle;

import vn.giaymoi.domain.message.ErrorCode;
import vn.giaymoi.domain.message.InvalidValueException;
import vn.giaymoi.domain.text.Texts;

/**
 * Vòng đời giấy mời (an invitation's lifecycle): dự thảo → trình → duyệt (or trả lại with a reason) → ban hành;
 * a number issued by mistake may then be thu hồi (revoked). Each state is a type; each step is a method that
 * returns the next state or a {@link Rejection}. Issued and revoked invitations are never edited or deleted
 * (NĐ 30/2020/NĐ-CP, Điều 18.3: a mistake in an issued document is put right by a new document).
 */
public sealed interface Lifecycle
        permits Lifecycle.Draft, Lifecycle.Submitted, Lifecycle.Approved, Lifecycle.Returned, Lifecycle.Issued,
        Lifecycle.Revoked {

    /** The longest reason (trả lại, thu hồi) kept. */
    int MAX_REASON = 2000;

    /** Lưu (save a new version of the content). */
    default Transition edit() {
        return refuse("sửa", "edited");
    }

    /** Trình duyệt (submit for approval). */
    default Transition submit() {
        return refuse("trình duyệt", "submitted");
    }

    /** Duyệt (approve for issuing). */
    default Transition approve() {
        return refuse("duyệt", "approved");
    }

    /** Trả lại (return to the drafter) with the reason. */
    default Transition returnWith(String reason) {
        return refuse("trả lại", "returned");
    }

    /** Ban hành (issue); the number and date are taken by the register. */
    default Transition issue() {
        return refuse("ban hành", "issued");
    }

    /** Thu hồi (revoke a number issued by mistake); the number stays used. */
    default Transition revoke(String reason) {
        return refuse("thu hồi", "revoked");
    }

    /** Xóa khỏi danh sách (remove a draft from the list). */
    default boolean deletable() {
        return false;
    }

    /** True once issued: the content is fixed and the number taken. */
    default boolean issued() {
        return false;
    }

    /** Tên trạng thái (the state's name in Vietnamese). */
    String nameVi();

    /** The state's name in English. */
    String nameEn();

    private Transition refuse(String actionVi, String actionEn) {
        String vi = "Giấy mời đang ở trạng thái " + nameVi() + " nên không " + actionVi + " được";
        String en = "An invitation that is " + nameEn() + " cannot be " + actionEn;
        if (issued()) {
            return new Transition.Refused(new Rejection("LIFE-FROZEN", vi + ". Văn bản đã ban hành là bản cố định;"
                    + " sai sót được sửa bằng văn bản đính chính hoặc thay thế (NĐ 30/2020/NĐ-CP, Điều 18.3).",
                    en + ": an issued document is fixed; correct it by a follow-up (Decree 30/2020, Art. 18.3)."));
        }
        return new Transition.Refused(new Rejection("LIFE-STATE", vi + ".", en + "."));
    }

    /** Reads a reason: required, trimmed, NFC, at most {@link #MAX_REASON} characters. */
    private static Transition withReason(String reason, java.util.function.Function<String, Lifecycle> to) {
        String r = reason == null ? "" : Texts.nfc(reason).strip();
        if (r.isEmpty()) {
            return new Transition.Refused(new Rejection("LIFE-REASON", "Cần ghi lý do (reason).",
                    "A reason is required."));
        }
        if (r.length() > MAX_REASON) {
            return new Transition.Refused(new Rejection("LIFE-REASON", "Lý do dài " + r.length()
                    + " ký tự; hãy rút gọn còn tối đa " + MAX_REASON + " ký tự.", "The reason is longer than "
                    + MAX_REASON + " characters."));
        }
        return new Transition.Moved(to.apply(r));
    }

    /** Dự thảo (draft): edited freely, then submitted. */
    record Draft() implements Lifecycle {
        @Override
        public Transition edit() {
            return new Transition.Moved(this);
        }

        @Override
        public Transition submit() {
            return new Transition.Moved(new Submitted());
        }

        @Override
        public boolean deletable() {
            return true;
        }

        @Override
        public String nameVi() {
            return "dự thảo";
        }

        @Override
        public String nameEn() {
            return "a draft";
        }
    }

    /** Đã trình (submitted): waits for approval or return; not edited meanwhile, so what is approved was read. */
    record Submitted() implements Lifecycle {
        @Override
        public Transition approve() {
            return new Transition.Moved(new Approved());
        }

        @Override
        public Transition returnWith(String reason) {
            return withReason(reason, Returned::new);
        }

        @Override
        public String nameVi() {
            return "đã trình";
        }

        @Override
        public String nameEn() {
            return "submitted";
        }
    }

    /** Đã duyệt (approved): may be issued, or returned when a mistake is seen before issuing. */
    record Approved() implements Lifecycle {
        @Override
        public Transition issue() {
            return new Transition.Moved(new Issued());
        }

        @Override
        public Transition returnWith(String reason) {
            return withReason(reason, Returned::new);
        }

        @Override
        public String nameVi() {
            return "đã duyệt";
        }

        @Override
        public String nameEn() {
            return "approved";
        }
    }

    /**
     * Bị trả lại (returned) with the approver's reason: the drafter edits it (it becomes a draft again) or
     * submits it again as it is.
     */
    record Returned(String reason) implements Lifecycle {
        public Returned {
            reason = Texts.required(reason, ErrorCode.RETURN_REASON_BLANK);
        }

        @Override
        public Transition edit() {
            return new Transition.Moved(new Draft());
        }

        @Override
        public Transition submit() {
            return new Transition.Moved(new Submitted());
        }

        @Override
        public boolean deletable() {
            return true;
        }

        @Override
        public String nameVi() {
            return "bị trả lại";
        }

        @Override
        public String nameEn() {
            return "returned";
        }
    }

    /** Đã ban hành (issued): numbered, dated, fixed. */
    record Issued() implements Lifecycle {
        @Override
        public Transition revoke(String reason) {
            return withReason(reason, Revoked::new);
        }

        @Override
        public boolean issued() {
            return true;
        }

        @Override
        public String nameVi() {
            return "đã ban hành";
        }

        @Override
        public String nameEn() {
            return "issued";
        }
    }

    /** Đã thu hồi (revoked): the number stays used and is marked so in the register; never reused. */
    record Revoked(String reason) implements Lifecycle {
        public Revoked {
            reason = Texts.required(reason, ErrorCode.RECALL_REASON_BLANK);
        }

        @Override
        public boolean issued() {
            return true;
        }

        @Override
        public String nameVi() {
            return "đã thu hồi";
        }

        @Override
        public String nameEn() {
            return "revoked";
        }
    }
}
