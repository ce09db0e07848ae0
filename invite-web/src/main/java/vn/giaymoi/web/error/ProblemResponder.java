package vn.giaymoi.web.error;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.giaymoi.format.InputProblem;

/**
 * Bộ xử lý lỗi (the one failure handler): turns every failure into a status code and an
 * {@code application/problem+json} body {@code {status, title, detail, problems[]}} in Vietnamese. The statuses of
 * use-case outcomes are chosen by {@code web.http.Outcomes} and arrive here as {@link ApiException}s; anything
 * else unexpected (an {@link IllegalStateException} from a broken font cache included) is a 500, logged with its
 * stack trace under an error id that the body gives ({@code errorId}), so an administrator finds the log line.
 */
public final class ProblemResponder implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponder.class);

    private static final String CSRF = "Yêu cầu thiếu mã chống giả mạo (CSRF) hợp lệ; hãy tải lại trang rồi thử"
            + " lại. Chương trình gọi API dùng Authorization: Bearer thay cho cookie.";

    private final long maxBodyBytes;

    public ProblemResponder(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        JsonObject problem = describe(ctx.failure(), ctx.statusCode(), ctx.request().method() + " " + ctx.request().path());
        if (ctx.response().ended()) return;
        if (ctx.response().headWritten()) {
            ctx.response().reset(); // half a document must not look like a whole one
            return;
        }
        if (problem.getInteger("status") == 503) ctx.response().putHeader("Retry-After", "5");
        ctx.response().setStatusCode(problem.getInteger("status"))
                .putHeader("Content-Type", "application/problem+json; charset=utf-8")
                .end(problem.encodePrettily());
    }

    /**
     * A request the HTTP decoder refused before routing (a URL or header too long, a malformed request line): the
     * same problem+json answer as the router's, then the connection is closed as the decoder's state is unknown.
     */
    public void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        String why = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        JsonObject problem;
        if (why.startsWith("An HTTP line is larger than")) {
            problem = problem(414, "Địa chỉ quá dài", "Địa chỉ yêu cầu (URL) quá dài; hãy rút gọn các tham số,"
                    + " ví dụ chỉ tìm vài từ đặc trưng của trích yếu.");
        } else if (why.startsWith("HTTP header is larger than")) {
            problem = problem(431, "Phần đầu yêu cầu quá lớn", "Phần đầu (header) của yêu cầu quá lớn; hãy xóa"
                    + " cookie của trang rồi thử lại.");
        } else {
            problem = problem(400, "Yêu cầu không hợp lệ", "Máy chủ không đọc được yêu cầu HTTP này.");
        }
        request.response().setStatusCode(problem.getInteger("status")).putHeader("Connection", "close")
                .putHeader("Content-Type", "application/problem+json; charset=utf-8").end(problem.encodePrettily());
    }

    JsonObject describe(Throwable failure, int statusCode, String request) {
        if (failure instanceof ApiException e) {
            JsonObject body = problem(e.status(), e.title(), e.getMessage());
            JsonArray problems = body.getJsonArray("problems");
            for (InputProblem p : e.problems()) {
                problems.add(new JsonObject().put("path", p.path()).put("line", p.line()).put("column", p.column())
                        .put("message", p.message()));
            }
            if (e.findings() != null) body.put("findings", e.findings());
            e.extra().forEach(body::put);
            return body;
        }
        if (statusCode == 403) { // vertx-web's CSRF check, whose reasons are English and technical
            return problem(403, "Không có quyền", CSRF);
        }
        if (failure instanceof IllegalArgumentException) {
            return problem(400, "Yêu cầu không hợp lệ", capital(failure.getMessage()) + ".");
        }
        int status = failure instanceof HttpException h ? h.getStatusCode() : failure == null ? statusCode : 500;
        return switch (status) {
            case 400 -> problem(400, "Yêu cầu không hợp lệ", "Không đọc được yêu cầu; hãy kiểm tra nội dung và tham số.");
            case 403 -> problem(403, "Không có quyền", CSRF);
            case 404 -> problem(404, "Không tìm thấy", "Không có đường dẫn " + request + ".");
            case 405 -> problem(405, "Phương thức không được hỗ trợ", "Đường dẫn này không nhận " + request + ".");
            case 413 -> problem(413, "Nội dung quá lớn", "Nội dung gửi lên vượt quá " + maxBodyBytes
                    + " byte; một giấy mời thường chỉ vài chục kilobyte. Hãy kiểm tra lại tệp gửi lên.");
            case 415 -> problem(415, "Kiểu nội dung không được hỗ trợ", "Hãy gửi application/json hoặc application/yaml.");
            default -> {
                String errorId = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Lỗi máy chủ {} khi xử lý {}", errorId, request, failure);
                yield problem(500, "Lỗi máy chủ", "Máy chủ gặp lỗi khi xử lý yêu cầu; lỗi đã được ghi vào nhật ký với"
                        + " mã " + errorId + ". Dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại hoặc báo quản trị viên"
                        + " mã lỗi này.").put("errorId", errorId);
            }
        };
    }

    private static JsonObject problem(int status, String title, String detail) {
        return new JsonObject().put("status", status).put("title", title).put("detail", detail)
                .put("problems", new JsonArray());
    }

    private static String capital(String s) {
        if (s == null || s.isEmpty()) return "Yêu cầu không hợp lệ";
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
