package vn.giaymoi.mail;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.domain.sending.ReminderSchedule;

/**
 * Nhắc lịch tự động (the automatic reminders in the background): every so often, queues the reminders that
 * {@link Sending#remindDue} finds due; the {@link DeliveryWorker} takes them out. Any number of servers may run one:
 * each reminder is in the outbox once.
 */
public final class ReminderWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderWorker.class);

    private final Sending sending;
    private final ReminderSchedule schedule;
    private ScheduledExecutorService timer;

    public ReminderWorker(Sending sending, ReminderSchedule schedule) {
        this.sending = Objects.requireNonNull(sending, "sending");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Variables of the schedule: working days before the meeting (1…10), and from what time of day (HH:mm). */
    public static final String DAYS_VARIABLE = "GIAYMOI_REMIND_WORKING_DAYS";
    public static final String FROM_VARIABLE = "GIAYMOI_REMIND_FROM";

    /**
     * The schedule the environment sets ({@value #DAYS_VARIABLE}, {@value #FROM_VARIABLE}), else
     * {@link ReminderSchedule#STANDARD}.
     *
     * @throws IllegalArgumentException naming the variable and what to write, when one does not read
     */
    public static ReminderSchedule schedule(Map<String, String> env) {
        String days = env.getOrDefault(DAYS_VARIABLE, "").strip();
        String from = env.getOrDefault(FROM_VARIABLE, "").strip();
        int n = ReminderSchedule.STANDARD.workingDaysBefore();
        LocalTime at = ReminderSchedule.STANDARD.from();
        try {
            if (!days.isEmpty()) n = Integer.parseInt(days);
            if (n < 1 || n > ReminderSchedule.MAX_WORKING_DAYS) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DAYS_VARIABLE + "='" + days + "' không đọc được: hãy ghi số ngày làm việc"
                    + " nhắc trước cuộc họp, từ 1 đến " + ReminderSchedule.MAX_WORKING_DAYS + " (ví dụ 1).");
        }
        try {
            if (!from.isEmpty()) at = LocalTime.parse(from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FROM_VARIABLE + "='" + from + "' không đọc được: hãy ghi giờ bắt đầu gửi"
                    + " thư nhắc dạng HH:mm (ví dụ 08:00).");
        }
        return new ReminderSchedule(n, at);
    }

    /** Queues the reminders due now; how many messages were queued. */
    public int runOnce() {
        int queued = sending.remindDue(schedule);
        if (queued > 0) LOG.info("nhắc lịch tự động: {} thư nhắc vào hộp thư đi", queued);
        return queued;
    }

    /** Looks for due reminders now and then every {@code every}. */
    public synchronized void start(Duration every) {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "giaymoi-reminders");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.error("nhắc lịch tự động: lỗi, thử lại sau {}", every, e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }
}
