package vn.giaymoi.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giaymoi.application.port.out.SendingStore.StoredRecipient;
import vn.giaymoi.domain.sending.Recipient;
import vn.giaymoi.domain.sending.Reply;
import vn.giaymoi.mail.Sending;
import vn.giaymoi.render.pdf.PdfRenderer;
import vn.giaymoi.render.register.RegisterWorkbook;
import vn.giaymoi.web.error.ApiException;

/**
 * Danh sách đại biểu (the attendance list): everyone still invited, with the one who comes (a stand-in in place of
 * the one who sent them), their answer and an empty column to sign, as XLSX or PDF. Runs on the worker pool.
 */
final class AttendanceExport {
    private AttendanceExport() {}

    static final List<String> HEADER = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Trả lời", "Ký tên");

    /** An export and its media type. */
    record Document(String mediaType, String extension, byte[] bytes) {}

    static Document write(Sending.Replies replies, String subject, String format) {
        String f = format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
        List<List<String>> rows = rows(replies.recipients());
        return switch (f) {
            case "xlsx" -> new Document("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                    RegisterWorkbook.xlsx("Danh sách đại biểu", HEADER, rows.stream().map(r -> List.<Object>copyOf(r)).toList()));
            case "pdf" -> new Document("application/pdf", "pdf", PdfRenderer.table("DANH SÁCH ĐẠI BIỂU", subject, HEADER, rows));
            default -> throw ApiException.badRequest("Định dạng '" + format + "' không có; dùng xlsx hoặc pdf.");
        };
    }

    static List<List<String>> rows(List<StoredRecipient> recipients) {
        List<List<String>> rows = new ArrayList<>();
        for (StoredRecipient s : recipients) {
            if (s.removed() || s.recipient().origin() == Recipient.Origin.STAND_IN) continue;
            Recipient r = s.recipient();
            String name = r.name();
            String title = r.title();
            String phone = r.phone();
            String answer = "Chưa trả lời";
            if (s.reply() instanceof Reply.Attending) answer = "Tham dự";
            if (s.reply() instanceof Reply.Declined d) answer = "Không tham dự: " + d.reason();
            if (s.reply() instanceof Reply.Delegated d) {
                answer = "Dự thay cho " + r.display();
                name = d.standIn().name();
                title = d.standIn().title();
                phone = d.standIn().phone();
            }
            rows.add(List.of(String.valueOf(rows.size() + 1), name, title == null ? "" : title,
                    r.unit() == null ? "" : r.unit(), phone == null ? "" : phone, answer, ""));
        }
        return rows;
    }
}
