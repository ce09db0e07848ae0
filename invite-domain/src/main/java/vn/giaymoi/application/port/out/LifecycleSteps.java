package vn.giaymoi.application.port.out;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import vn.giaymoi.domain.lifecycle.Lifecycle;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.lifecycle.RegisterSeries;
import vn.giaymoi.domain.lifecycle.Transition;

/**
 * Bước vòng đời trong kho (a lifecycle step inside a store's transaction): the one decision every store makes
 * under its lock, so the database stores and the in-memory one refuse exactly alike.
 */
public final class LifecycleSteps {
    private LifecycleSteps() {}

    /**
     * The state after {@code step}, or the refusal: a version other than {@code expected} is a
     * {@link StoreRefusal.VersionConflict}; a step the lifecycle refuses is {@link StoreRefusal.AlreadyIssued} or
     * {@link StoreRefusal.StepRefused}.
     */
    public static Lifecycle advance(InvitationId id, int version, Lifecycle current, int expected,
            Function<Lifecycle, Transition> step) {
        Transition t = step.apply(current);
        // a frozen invitation says so whatever version the caller read
        if (t instanceof Transition.Refused r && current.issued()) throw StoreRefusal.of(r.why());
        if (version != expected) throw new StoreRefusal.VersionConflict(id, expected, version);
        if (t instanceof Transition.Refused r) throw StoreRefusal.of(r.why());
        return ((Transition.Moved) t).to();
    }

    /** Refuses an issue date before the latest one of the series (NĐ 30/2020/NĐ-CP, Điều 15.1.a). */
    public static void inOrder(RegisterSeries series, Optional<LocalDate> latest, LocalDate issueDate) {
        if (latest.isPresent() && issueDate.isBefore(latest.get())) throw new StoreRefusal.OutOfOrder(series, latest.get());
    }

    /** Refuses to remove anything but a draft or a returned invitation from the list. */
    public static void deletable(Lifecycle current) {
        if (current.deletable()) return;
        String vi = "Giấy mời đang ở trạng thái " + current.nameVi() + " nên không xóa được";
        String en = "An invitation that is " + current.nameEn() + " cannot be deleted";
        if (current.issued()) {
            throw new StoreRefusal.AlreadyIssued(new Rejection("LIFE-FROZEN", vi + "; số đã cấp được giữ trong sổ,"
                    + " sai sót được xử lý bằng văn bản đính chính, thay thế hoặc thu hồi (NĐ 30/2020/NĐ-CP, Điều 18.3).",
                    en + "; an issued number stays in the register."));
        }
        throw new StoreRefusal.StepRefused(new Rejection("LIFE-STATE", vi + "; hãy trả lại dự thảo trước.", en + "."));
    }
}
