package vn.giaymoi.application.port.out;

import java.time.LocalDate;
import java.util.Objects;
import vn.giaymoi.domain.lifecycle.Rejection;
import vn.giaymoi.domain.lifecycle.RegisterSeries;

/**
 * Kho từ chối (the store refuses a write): the expected refusals of {@link InvitationStore}, each its own type, so
 * callers decide by type and never by a JDK exception that any bug could also throw. Nothing is written when one
 * is thrown.
 */
public abstract sealed class StoreRefusal extends RuntimeException {
    private StoreRefusal(String message) {
        super(message, null, false, false);
    }

    /** The refusal for a lifecycle {@code rejection}: {@link AlreadyIssued} for a frozen invitation. */
    public static StoreRefusal of(Rejection rejection) {
        return rejection.id().equals("LIFE-FROZEN") ? new AlreadyIssued(rejection) : new StepRefused(rejection);
    }

    /** Không có giấy mời này (no such invitation, or it was removed from the list). */
    public static final class NotFound extends StoreRefusal {
        private final InvitationId id;

        public NotFound(InvitationId id) {
            super("không có giấy mời " + id);
            this.id = id;
        }

        public InvitationId id() {
            return id;
        }
    }

    /** Đã ban hành (already issued or revoked): frozen, never edited, deleted or issued again. */
    public static final class AlreadyIssued extends StoreRefusal {
        private final Rejection rejection;

        public AlreadyIssued(Rejection rejection) {
            super(rejection.messageVi());
            this.rejection = rejection;
        }

        public Rejection rejection() {
            return rejection;
        }
    }

    /** Phiên bản đã cũ (version conflict): a newer version was saved after the one the caller read. */
    public static final class VersionConflict extends StoreRefusal {
        private final int expected;
        private final int current;

        public VersionConflict(InvitationId id, int expected, int current) {
            super("giấy mời " + id + " vừa được lưu bản " + current + " sau bản " + expected
                    + " đã đọc; hãy tải lại, kiểm tra rồi làm lại");
            this.expected = expected;
            this.current = current;
        }

        public int expected() {
            return expected;
        }

        public int current() {
            return current;
        }
    }

    /** Không đúng trạng thái (the lifecycle does not allow the step in the current state). */
    public static final class StepRefused extends StoreRefusal {
        private final Rejection rejection;

        public StepRefused(Rejection rejection) {
            super(rejection.messageVi());
            this.rejection = Objects.requireNonNull(rejection, "rejection");
        }

        public Rejection rejection() {
            return rejection;
        }
    }

    /**
     * Ngày ban hành trước số đã cấp (out of order): the series already has a number dated after the asked issue
     * date (NĐ 30/2020/NĐ-CP, Điều 15.1.a); checked under the register's lock, so two servers never disagree.
     */
    public static final class OutOfOrder extends StoreRefusal {
        private final RegisterSeries series;
        private final LocalDate latest;

        public OutOfOrder(RegisterSeries series, LocalDate latest) {
            super("sổ " + series.symbol() + " năm " + series.year() + " đã có số ban hành ngày " + latest);
            this.series = series;
            this.latest = latest;
        }

        public RegisterSeries series() {
            return series;
        }

        public LocalDate latest() {
            return latest;
        }
    }
}
